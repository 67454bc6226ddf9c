import RegioDashCore

/// `feed.xml`: the site's changes as an Atom feed (RFC 4287), one entry per
/// publication that changed what readers see (`FeedHistory`), newest first,
/// each titled with its counts and carrying the changes as HTML
/// (`ChangesView`). Its addresses are absolute with `base_url`, and
/// relative to the feed (which readers resolve against its address) without.
enum FeedWriter {
    static func write(_ entries: [FeedHistory.Entry], dataset: Dataset, routes: Routes) -> [UInt8] {
        let site = dataset.site
        let strings = Strings.of(site.language)
        let format = Formatter(language: site.language)
        func address(_ path: String) -> String { (site.baseURL ?? "") + Sitemap.folderURL(path) }
        // With no entry yet: the figures' reference date, the one date the content gives.
        let updated = entries.first?.timestamp
            ?? dataset.referenceDate.map { "\($0)T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
        var xml = HTML(capacity: 8192 + entries.count * 4096)
        xml.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        xml.element("feed", ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": site.language.rawValue]) { feed in
            feed.newline()
            feed.element("title", text: strings.feedTitle(site.title))
            feed.newline()
            feed.element("subtitle", text: strings.whatsNewLead)
            feed.newline()
            feed.element("id", text: site.baseURL.map { $0 + Routes.feed }
                ?? uuid(ContentHash.of(site.title + "\u{0}" + dataset.region.name), ContentHash.of(dataset.region.name)))
            feed.newline()
            feed.element("updated", text: updated)
            feed.newline()
            feed.element("author") { author in
                author.element("name", text: site.publisher ?? site.title)
            }
            feed.newline()
            feed.shape("link", ["rel": "alternate", "type": "text/html", "href": address(routes.whatsNew)])
            feed.newline()
            if let base = site.baseURL {
                feed.shape("link", ["rel": "self", "type": "application/atom+xml", "href": base + Routes.feed])
                feed.newline()
            }
            if let license = site.license {
                feed.element("rights", text: license.title)
                feed.newline()
            }
            feed.element("generator", ["version": SiteBuilder.version], text: "regiodash")
            feed.newline()
            for entry in entries {
                let total = entry.total
                var body = HTML(capacity: 4096)
                ChangesView(strings: strings, format: format, entry: entry, level: 3).render(into: &body)
                feed.element("entry") { item in
                    item.newline()
                    item.element("title", text: strings.feedEntryTitle(total.figures, total.narratives, total.records))
                    item.newline()
                    var identity = ByteWriter(capacity: 1024)
                    entry.write(to: &identity)
                    item.element("id", text: uuid(identity.bytes.withUnsafeBytes(ContentHash.of), ContentHash.of(entry.timestamp)))
                    item.newline()
                    item.element("updated", text: entry.timestamp)
                    item.newline()
                    item.shape("link", ["rel": "alternate", "type": "text/html",
                                        "href": address(routes.whatsNew) + "#" + WhatsNewPage.anchor(entry)])
                    item.newline()
                    item.element("content", ["type": "html"], text: String(decoding: body.bytes, as: UTF8.self))
                    item.newline()
                }
                feed.newline()
            }
        }
        xml.newline()
        return xml.bytes
    }

    /// An `urn:uuid:` made of two hashes, so the same entry keeps its id.
    private static func uuid(_ high: UInt64, _ low: UInt64) -> String {
        func hex(_ value: UInt64, _ digits: Int) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: max(0, digits - text.count)) + text
        }
        let a = hex(high, 16), b = hex(low, 16)
        return "urn:uuid:\(a.prefix(8))-\(a.dropFirst(8).prefix(4))-\(a.suffix(4))-\(b.prefix(4))-\(b.suffix(12))"
    }
}
