import RegioDashCore

/// The frame of every page: head, skip link, header with the site's name,
/// menu and banners, the main content, and the footer.
struct PageLayout {
    /// A step of the breadcrumb trail: a label and the path it links to.
    struct Crumb {
        var label: String
        var path: String
    }

    let context: PageContext

    /// The whole page. `title` is the page's own title (the site's name is
    /// added); `menuItem` the path of the menu entry to mark as current;
    /// `bodyClass` names the kind of page for the stylesheet (its print layout);
    /// `description` says in a sentence what the page holds, for search
    /// engines and link previews. A `bare` page (an embed, for another
    /// site's `<iframe>`) has no skip link, header, menu or footer, only its
    /// banners above the content, and asks search engines not to index it.
    func render(title: String?, menuItem: String?, crumbs: [Crumb] = [], bodyClass: String? = nil, description: String,
                bare: Bool = false, content: (inout HTML) -> Void) -> MadeFile {
        let site = context.dataset.site
        let strings = context.strings
        var html = HTML(capacity: context.sizes.capacity)
        html.doctype()
        html.open("html", ["lang": context.language.rawValue])
        html.newline()
        html.element("head") { head in
            head.newline()
            head.open("meta", ["charset": "utf-8"])
            head.newline()
            head.open("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
            head.newline()
            let fullTitle = title.map { "\($0) · \(site.title)" } ?? site.title
            head.element("title", text: fullTitle)
            head.newline()
            head.open("meta", ["name": "description", "content": description])
            head.newline()
            if bare {
                head.open("meta", ["name": "robots", "content": "noindex"])
                head.open("link", ["rel": "stylesheet", "href": context.link(Routes.stylesheet)])
                head.newline()
                return
            }
            // With base_url, the page's address as the site publishes it, for search engines and link previews.
            let address = site.baseURL.map { $0 + Sitemap.folderURL(context.path) }
            if let address {
                head.open("link", ["rel": "canonical", "href": address])
                head.newline()
            }
            head.open("meta", ["property": "og:title", "content": fullTitle])
            head.open("meta", ["property": "og:description", "content": description])
            head.open("meta", ["property": "og:type", "content": "website"])
            if let address {
                head.open("meta", ["property": "og:url", "content": address])
            }
            head.newline()
            head.open("link", ["rel": "stylesheet", "href": context.link(Routes.stylesheet)])
            head.newline()
            head.open("link", ["rel": "alternate", "type": "application/atom+xml", "title": strings.feedTitle(site.title),
                               "href": context.link(Routes.feed)])
            head.newline()
        }
        html.newline()
        html.open("body", ["class": bodyClass])
        html.newline()
        if !bare {
            html.element("a", ["class": "skip-link", "href": "#main"], text: strings.skipToContent)
            html.newline()
            header(&html, menuItem: menuItem)
        }
        html.element("main", ["id": "main"]) { main in
            main.newline()
            if bare { banners(&main) }
            if !crumbs.isEmpty {
                breadcrumb(&main, crumbs, current: title ?? site.title)
            }
            content(&main)
        }
        html.newline()
        if !bare { footer(&html) }
        html.close("body")
        html.newline()
        html.close("html")
        html.newline()
        context.sizes.record(html.bytes.count)
        return html.made
    }

    private func header(_ html: inout HTML, menuItem: String?) {
        let site = context.dataset.site
        let strings = context.strings
        html.element("header", ["class": "site-header"]) { header in
            header.newline()
            header.element("div", ["class": "wrap brand"]) { brand in
                brand.element("a", ["class": "site-title", "href": context.link(Routes.overview)], text: site.title)
                brand.element("span", ["class": "site-region"], text: context.dataset.region.name)
                if let publisher = site.publisher {
                    brand.element("span", ["class": "site-publisher"], text: publisher)
                }
            }
            header.newline()
            header.element("nav", ["class": "menu", "aria-label": strings.mainMenu]) { nav in
                nav.element("ul", ["class": "wrap"]) { list in
                    let items = [(strings.overview, Routes.overview)]
                        + context.dataset.themes.map { ($0.title(context.language), context.routes.theme($0)) }
                        + [(strings.searchTitle, context.routes.search)]
                    for (label, path) in items {
                        list.element("li") { item in
                            item.element("a", ["href": context.link(path), "aria-current": path == menuItem ? "page" : nil],
                                         text: label)
                        }
                    }
                }
            }
            header.newline()
            banners(&header)
        }
        html.newline()
    }

    /// The banners site.yaml asks for: a draft, illustrative figures (on embeds too).
    func banners(_ html: inout HTML) {
        let site = context.dataset.site
        guard site.draft || site.exampleData else { return }
        html.element("div", ["class": site.draft ? "banners banners-draft" : "banners"]) { banners in
            if site.draft {
                banners.element("p", ["class": "banner banner-draft wrap"], text: context.strings.draftBanner)
            }
            if site.exampleData {
                banners.element("p", ["class": "banner banner-example wrap"], text: context.strings.exampleDataBanner)
            }
        }
        html.newline()
    }

    private func breadcrumb(_ html: inout HTML, _ crumbs: [Crumb], current: String) {
        html.element("nav", ["class": "breadcrumb", "aria-label": context.strings.breadcrumb]) { nav in
            nav.element("ol") { list in
                for crumb in crumbs {
                    list.element("li") { item in
                        item.element("a", ["href": context.link(crumb.path)], text: crumb.label)
                    }
                }
                list.element("li", ["aria-current": "page"], text: current)
            }
        }
        html.newline()
    }

    private func footer(_ html: inout HTML) {
        let dataset = context.dataset
        let strings = context.strings
        html.element("footer", ["class": "site-footer"]) { footer in
            footer.element("div", ["class": "wrap"]) { wrap in
                wrap.newline()
                wrap.element("nav", ["aria-label": strings.footerLinks]) { nav in
                    nav.element("ul", ["class": "footer-links"]) { list in
                        list.element("li") { item in
                            item.element("a", ["href": context.link(context.routes.whatsNew)], text: strings.whatsNewTitle)
                        }
                        list.element("li") { item in
                            item.element("a", ["href": context.link(context.routes.topics)], text: strings.topicsTitle)
                        }
                        for page in FreePages.all(in: dataset, strings: strings) {
                            list.element("li") { item in
                                item.element("a", ["href": context.link(context.routes.page(page.slug))], text: page.title)
                            }
                        }
                    }
                }
                wrap.newline()
                if let publisher = dataset.site.publisher {
                    wrap.element("p") { line in
                        line.text("\(strings.publishedBy) \(publisher)")
                    }
                }
                if let date = dataset.referenceDate {
                    wrap.element("p", text: "\(strings.referenceDate): \(context.format.date(date))")
                }
                if let license = dataset.site.license {
                    wrap.element("p") { line in
                        line.text(strings.licensed + " ")
                        line.element("a", ["href": license.url, "rel": "license"], text: license.title)
                    }
                }
                wrap.element("p", ["class": "made-with"], text: strings.madeWith)
                wrap.newline()
            }
        }
        html.newline()
    }
}
