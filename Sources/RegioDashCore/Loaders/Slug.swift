import Foundation

/// URL segments made from names, and the rule every slug obeys.
public enum Slug {
    /// `[a-z0-9-]+`, not starting or ending with `-`: nothing that can leave
    /// the output folder or need escaping in a URL.
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && !slug.hasPrefix("-") && !slug.hasSuffix("-")
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The default slug of a name: lower-cased, accents dropped, anything
    /// else than letters and digits made a single `-`
    /// ("Olst-Wijhe" → `olst-wijhe`, "'s-Hertogenbosch" → `s-hertogenbosch`).
    public static func make(from name: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else if scalar.properties.isDiacritic || scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if scalar != "'" && scalar != "\u{2019}" {
                pendingDash = true
            }
        }
        return slug
    }
}
