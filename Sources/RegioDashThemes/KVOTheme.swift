import RegioDashCore

/// Keurmerk Veilig Ondernemen (KVO): business parks and shopping areas where
/// entrepreneurs, municipality, police and fire brigade work together under
/// a certificate. Reads `certificates.csv` instead of yearly figures and
/// flags certificates that expire within six months of the reference date.
public struct KVOTheme: ThemePlugin {
    /// What kvo reads: the certificates.
    public struct Content: ThemeContent {
        public var certificates: [Certificate] {
            didSet { byMunicipality = Self.grouped(certificates) }
        }
        /// Figures of indicators a `theme.yaml` adds (kvo has none of its own).
        public var observations: [Observation] = []
        /// The certificates by municipality (CBS code), in their order: every
        /// profile and every row of the summary asks for one municipality's.
        private var byMunicipality: [String: [Certificate]]

        init(certificates: [Certificate]) {
            self.certificates = certificates
            byMunicipality = Self.grouped(certificates)
        }

        private static func grouped(_ certificates: [Certificate]) -> [String: [Certificate]] {
            Dictionary(grouping: certificates, by: \.municipality)
        }

        /// The certificates of the municipality with the CBS code `code`.
        public func certificates(of code: String) -> [Certificate] {
            byMunicipality[code] ?? []
        }
    }

    public init() {}

    public let descriptor = ThemeDescriptor(
        id: "kvo",
        slug: LocalizedText(nl: "kvo", en: "kvo"),
        title: LocalizedText(nl: "Keurmerk Veilig Ondernemen", en: "Safe Business Certificate (KVO)"),
        intro: LocalizedText(
            nl: "Bedrijventerreinen (KVO-B) en winkelgebieden (KVO-W) waar ondernemers, gemeente, politie en "
                + "brandweer samen werken aan veiligheid, vastgelegd in een certificaat.",
            en: "Business parks (KVO-B) and shopping areas (KVO-W) where businesses, municipality, police and "
                + "fire service work together on safety, recorded in a certificate."),
        indicators: [],
        dataFiles: ["certificates.csv"])

    public func load(_ folder: ThemeFolder, context: LoadContext, diagnostics: inout Diagnostics) -> Content {
        var content = Content(certificates: [])
        if !context.descriptor.indicators.isEmpty {
            content.observations = IndicatorContent.load(folder, context: context, diagnostics: &diagnostics).observations
        }
        guard folder.contains("certificates.csv") else {
            diagnostics.warning("the kvo theme has no certificates.csv, so its pages show no certificates",
                                at: folder.location("certificates.csv"))
            return content
        }
        if let file = folder.read("certificates.csv", diagnostics: &diagnostics) {
            content.certificates = CertificateTable.load(file, region: context.region, referenceDate: context.site.referenceDate,
                                                         diagnostics: &diagnostics)
        }
        return content
    }

    public func check(_ context: ThemeContext<Content>, diagnostics: inout Diagnostics) {
        guard let date = context.dataset.referenceDate else { return }
        for certificate in context.content.certificates {
            guard let validUntil = certificate.validUntil else { continue }
            if certificate.hasExpired(before: date) {
                diagnostics.warning(
                    "this certificate expired on \(validUntil), before the reference date \(date): "
                        + "enter the renewal, or set its status to stopped",
                    at: certificate.location, kind: "expired certificates")
            } else if certificate.expiresSoon(after: date) {
                diagnostics.note("this certificate expires on \(validUntil), within six months of \(date)",
                                 at: certificate.location, kind: "certificates expiring within six months")
            }
        }
    }

    public func sections(for scope: SectionScope, in context: ThemeContext<Content>) -> [Section] {
        let dataset = context.dataset
        switch scope {
        case .region:
            let all = context.content.certificates
            guard !all.isEmpty else { return [] }
            var sections: [Section] = [.tally(tally(context.content, dataset: dataset))]
            let periods = timeline(all, dataset: dataset)
            if !periods.items.isEmpty { sections.append(.timeline(periods)) }
            sections.append(.table(certificates(all, dataset: dataset, columns: .page)))
            return sections
        case let .municipality(municipality):
            let own = context.content.certificates(of: municipality.code)
            guard !own.isEmpty else { return [] }
            var sections: [Section] = []
            let periods = timeline(own, dataset: dataset)
            if !periods.items.isEmpty { sections.append(.timeline(periods)) }
            sections.append(.table(certificates(own, dataset: dataset, columns: .profile)))
            return sections
        }
    }

    public func headline(in context: ThemeContext<Content>) -> Headline? {
        guard !context.content.certificates.isEmpty else { return nil }
        return headline(context.content.certificates, on: context.dataset.referenceDate)
    }

    /// A municipality's valid certificates, and whether any expire soon.
    public func glance(of municipality: Municipality, in context: ThemeContext<Content>) -> Glance? {
        guard !context.content.certificates.isEmpty else { return nil }
        return .figure(headline(context.content.certificates(of: municipality.code), on: context.dataset.referenceDate))
    }

    /// The areas of `certificates` with a valid certificate on `date`, and
    /// how many certificates expire within six months or have expired.
    private func headline(_ certificates: [Certificate], on date: CalendarDate?) -> Headline {
        let valid = certificates.filter { $0.isValid(on: date) }.count
        let expiring = certificates.filter { $0.expiresSoon(after: date) }.count
        let expired = certificates.filter { $0.hasExpired(before: date) }.count
        var nl: [String] = []
        var en: [String] = []
        if expiring > 0 {
            nl.append(expiring == 1 ? "1 certificaat verloopt binnen zes maanden" : "\(expiring) certificaten verlopen binnen zes maanden")
            en.append(expiring == 1 ? "1 certificate expires within six months" : "\(expiring) certificates expire within six months")
        }
        if expired > 0 {
            nl.append(expired == 1 ? "1 certificaat is verlopen" : "\(expired) certificaten zijn verlopen")
            en.append(expired == 1 ? "1 certificate has expired" : "\(expired) certificates have expired")
        }
        return Headline(
            label: LocalizedText(nl: "Gebieden met een geldig certificaat", en: "Areas with a valid certificate"),
            year: date?.year, value: Double(valid), kind: .count,
            detail: nl.isEmpty ? nil : LocalizedText(nl: nl.joined(separator: "; "), en: en.joined(separator: "; ")))
    }

    public func download(in context: ThemeContext<Content>) -> DataTable {
        certificates(context.content.certificates, dataset: context.dataset, columns: .download)
    }

    public func records(in context: ThemeContext<Content>) -> DataTable? {
        certificates(context.content.certificates, dataset: context.dataset, columns: .download)
    }

    /// Which municipality columns a certificate table has.
    private enum Columns {
        /// Code and name, for machines.
        case download
        /// The name, as row header.
        case page
        /// None: the profile is the municipality's own.
        case profile
    }

    /// Per municipality its certificates by where they stand on the
    /// reference date; each certificate in one category only.
    private func tally(_ content: Content, dataset: Dataset) -> Tally {
        let date = dataset.referenceDate
        let rows = dataset.region.municipalities.map { municipality in
            let own = content.certificates(of: municipality.code)
            return Tally.Row(municipality: municipality, counts: [
                own.count { $0.isValid(on: date) && !$0.expiresSoon(after: date) },
                own.count { $0.expiresSoon(after: date) },
                own.count { $0.hasExpired(before: date) },
                own.count { $0.status == .inProgress },
            ])
        }
        return Tally(
            caption: LocalizedText(nl: "Certificaten en aanvragen per gemeente", en: "Certificates and applications per municipality"),
            categories: [
                .init(id: "valid", label: LocalizedText(nl: "Geldig, langer dan 6 maanden", en: "Valid for more than 6 months")),
                .init(id: "expiring", label: LocalizedText(nl: "Geldig, verloopt binnen 6 maanden", en: "Valid, expires within 6 months")),
                .init(id: "expired", label: LocalizedText(nl: "Verlopen", en: "Expired")),
                .init(id: "in_progress", label: LocalizedText(nl: "In voorbereiding", en: "In progress")),
            ],
            rows: rows)
    }

    /// The certified areas from `certified_on` to `valid_until`, in the
    /// region's municipality order.
    private func timeline(_ certificates: [Certificate], dataset: Dataset) -> Timeline {
        let date = dataset.referenceDate
        let region = dataset.region
        let items = Self.inRegionOrder(certificates, region: region).compactMap { certificate -> Timeline.Item? in
            guard certificate.status == .certified, let start = certificate.certifiedOn, let end = certificate.validUntil,
                  let municipality = region.municipality(code: certificate.municipality) else { return nil }
            let state: Timeline.State = certificate.hasExpired(before: date) ? .ended
                : certificate.expiresSoon(after: date) ? .endingSoon : .running
            return Timeline.Item(label: certificate.area, municipality: municipality, start: start, end: end, state: state)
        }
        return Timeline(
            caption: LocalizedText(nl: "Looptijd van de certificaten", en: "Certificates over time"),
            reference: date,
            singular: LocalizedText(nl: "certificaat", en: "certificate"), plural: LocalizedText(nl: "certificaten", en: "certificates"),
            running: LocalizedText(nl: "Geldig", en: "Valid"),
            endingSoon: LocalizedText(nl: "Verloopt binnen 6 maanden", en: "Expires within 6 months"),
            ended: LocalizedText(nl: "Verlopen", en: "Expired"),
            items: items)
    }

    /// Certificates in the region's order of municipalities, each
    /// municipality's in the file's order.
    private static func inRegionOrder(_ certificates: [Certificate], region: Region) -> [Certificate] {
        certificates.enumerated().sorted {
            (region.position(of: $0.element.municipality) ?? 0, $0.offset)
                < (region.position(of: $1.element.municipality) ?? 0, $1.offset)
        }.map(\.element)
    }

    /// Every certificate, in the region's municipality order.
    private func certificates(_ certificates: [Certificate], dataset: Dataset, columns kind: Columns) -> DataTable {
        let date = dataset.referenceDate
        var columns: [DataTable.Column] = []
        switch kind {
        case .download: columns += [.municipalityCode, .municipality]
        case .page: columns += [.municipality]
        case .profile: break
        }
        // On pages "Let op" comes right after the area, and the type in its
        // short form (the intro says what KVO-B and KVO-W are), so the table
        // fits a laptop's screen; the download keeps its columns as they were.
        let onPage = kind != .download
        let area = DataTable.Column(id: "area", label: LocalizedText(nl: "Gebied", en: "Area"))
        columns += onPage ? [area, .attention] : [area]
        columns += [
            .init(id: "type", label: LocalizedText(nl: "Soort", en: "Type")),
            .init(id: "status", label: LocalizedText(nl: "Status", en: "Status")),
            .init(id: "certified_on", label: LocalizedText(nl: "Gecertificeerd op", en: "Certified on")),
            .init(id: "valid_until", label: LocalizedText(nl: "Geldig tot", en: "Valid until")),
            .init(id: "stars", label: LocalizedText(nl: "Sterren", en: "Stars")),
        ]
        columns += onPage ? [.note] : [.attention, .note]
        let rows: [[DataTable.Cell]] = Self.inRegionOrder(certificates, region: dataset.region).map { certificate in
            var row: [DataTable.Cell] = []
            let name = dataset.region.municipality(code: certificate.municipality)?.name ?? certificate.municipality
            switch kind {
            case .download: row += [.text(certificate.municipality), .text(name)]
            case .page: row += [.text(name)]
            case .profile: break
            }
            var attention = DataTable.Cell.empty
            if certificate.hasExpired(before: date) {
                attention = .flag(id: "expired", label: LocalizedText(nl: "Verlopen", en: "Expired"))
            } else if certificate.expiresSoon(after: date) {
                attention = .flag(id: "expires-soon", label: LocalizedText(nl: "Verloopt binnen 6 maanden",
                                                                           en: "Expires within 6 months"))
            }
            row += onPage ? [.text(certificate.area), attention] : [.text(certificate.area)]
            row += [
                .term(id: certificate.kind.rawValue,
                      label: onPage ? LocalizedText(certificate.kind.rawValue) : certificate.kind.label),
                .term(id: certificate.status.rawValue, label: certificate.status.label),
                certificate.certifiedOn.map(DataTable.Cell.date) ?? .empty,
                certificate.validUntil.map(DataTable.Cell.date) ?? .empty,
                certificate.stars.map(DataTable.Cell.stars) ?? .empty,
            ]
            row += onPage ? [certificate.note.map(DataTable.Cell.text) ?? .empty]
                : [attention, certificate.note.map(DataTable.Cell.text) ?? .empty]
            return row
        }
        let caption = date.map {
            LocalizedText(nl: "Certificaten op de peildatum, \($0.day)-\($0.month)-\($0.year)", en: "Certificates on \($0)")
        }
        return DataTable(caption: caption ?? LocalizedText(nl: "Certificaten", en: "Certificates"), columns: columns, rows: rows)
    }
}
