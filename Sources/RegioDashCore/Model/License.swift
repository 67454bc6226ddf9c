/// Under what terms the site's figures may be reused: site.yaml's
/// `license`, an SPDX id of an open licence or the address of any other.
/// Downloads, the data package and every page's footer carry it.
public struct License: Sendable, Hashable {
    /// The SPDX id (`CC-BY-4.0`); nil for a licence given by its address.
    public var id: String?
    /// Where the licence's text is.
    public var url: String
    /// Its name as people write it.
    public var title: String

    /// The open licences known by their SPDX id: the ones Dutch public
    /// bodies publish data under.
    static let known: [License] = [
        License(id: "CC0-1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/", title: "CC0 1.0"),
        License(id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/", title: "CC BY 4.0"),
        License(id: "CC-BY-SA-4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/", title: "CC BY-SA 4.0"),
        License(id: "ODbL-1.0", url: "https://opendatacommons.org/licenses/odbl/1-0/", title: "ODbL 1.0"),
        License(id: "ODC-By-1.0", url: "https://opendatacommons.org/licenses/by/1-0/", title: "ODC-By 1.0"),
        License(id: "PDDL-1.0", url: "https://opendatacommons.org/licenses/pddl/1-0/", title: "PDDL 1.0"),
    ]

    /// The known licence with SPDX id `id` (case ignored), or the licence at
    /// `id` when it is an http(s) address; nil otherwise.
    static func named(_ id: String) -> License? {
        if let known = known.first(where: { $0.id?.lowercased() == id.lowercased() }) { return known }
        let lower = id.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
              !id.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) else { return nil }
        return License(id: nil, url: id, title: id)
    }
}
