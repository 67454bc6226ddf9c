import RegioDashCore

/// One area's Keurmerk Veilig Ondernemen: a row of `certificates.csv`.
public struct Certificate: Sendable {
    /// KVO-B for a business park, KVO-W for a shopping area.
    public enum Kind: String, Sendable, CaseIterable {
        case businessPark = "KVO-B"
        case shoppingArea = "KVO-W"

        var label: LocalizedText {
            switch self {
            case .businessPark: LocalizedText(nl: "KVO-B (bedrijventerrein)", en: "KVO-B (business park)")
            case .shoppingArea: LocalizedText(nl: "KVO-W (winkelgebied)", en: "KVO-W (shopping area)")
            }
        }
    }

    /// Where the area stands.
    public enum Status: String, Sendable, CaseIterable {
        case certified
        case inProgress = "in-progress"
        case stopped
        case none

        var label: LocalizedText {
            switch self {
            case .certified: LocalizedText(nl: "Gecertificeerd", en: "Certified")
            case .inProgress: LocalizedText(nl: "In voorbereiding", en: "In progress")
            case .stopped: LocalizedText(nl: "Gestopt", en: "Stopped")
            case .none: LocalizedText(nl: "Geen certificaat", en: "No certificate")
            }
        }
    }

    /// The municipality's CBS code.
    public var municipality: String
    public var area: String
    public var kind: Kind
    public var status: Status
    public var certifiedOn: CalendarDate?
    public var validUntil: CalendarDate?
    /// Stars on the certificate: one more with each re-certification.
    public var stars: Int?
    public var note: String?
    public var location: SourceLocation

    /// Certified and still valid on `date`.
    public func isValid(on date: CalendarDate?) -> Bool {
        guard status == .certified else { return false }
        guard let date, let validUntil else { return true }
        return validUntil >= date
    }

    /// Valid on `date` and expiring within six months after it.
    public func expiresSoon(after date: CalendarDate?) -> Bool {
        guard let date, let validUntil, isValid(on: date) else { return false }
        return validUntil <= date.adding(months: 6)
    }

    /// Marked certified, but its validity ended before `date`.
    public func hasExpired(before date: CalendarDate?) -> Bool {
        guard status == .certified, let date, let validUntil else { return false }
        return validUntil < date
    }
}
