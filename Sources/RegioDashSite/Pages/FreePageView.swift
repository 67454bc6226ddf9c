import RegioDashCore

/// A free page: its title and its Markdown.
struct FreePageView {
    let context: PageContext
    let page: FreePage

    func render() -> MadeFile {
        PageLayout(context: context).render(
            title: page.title, menuItem: nil,
            crumbs: [.init(label: context.strings.overview, path: Routes.overview)],
            description: "\(page.title) · \(context.dataset.site.title)"
        ) { main in
            main.element("h1", text: page.title)
            main.newline()
            main.element("div", ["class": "prose"]) { prose in
                prose.markup(page.body)
            }
            main.newline()
        }
    }
}
