import RegioDashCore

extension Strings {
    static let dutch = Strings(
        skipToContent: "Naar de inhoud",
        mainMenu: "Hoofdmenu",
        breadcrumb: "Kruimelpad",
        overview: "Overzicht",
        themes: "Thema’s",
        municipalities: "Gemeenten",
        draftBanner: "Concept: deze site is nog niet vastgesteld. Cijfers en teksten kunnen nog veranderen.",
        exampleDataBanner: "Voorbeeldgegevens: de cijfers op deze site zijn illustratief en geen officiële statistiek.",
        publishedBy: "Uitgegeven door",
        referenceDate: "Peildatum",
        madeWith: "Gemaakt met regiodash",
        footerLinks: "Over deze site",

        indicator: "Indicator",
        noFigure: "geen cijfer",
        notApplicable: "n.v.t.",
        perThousand: "per 1.000 inwoners",
        number: "aantal",
        perThousandShort: "per 1.000 inw.",
        municipality: "Gemeente",
        population: "Inwoners",
        regionTotal: "Regio totaal",
        averageMunicipality: "Gemiddelde gemeente",
        regionalAverage: "Gemiddelde regio",
        regionPerThousand: "Regio per 1.000 inw.",
        source: "Bron",
        sources: "Bronnen",
        notes: "Toelichting",
        figuresIn: { "Cijfers \($0)" },
        noFiguresIn: { "Voor \($0) zijn er (nog) geen cijfers." },
        comparisonCaption: { "\($0): alle gemeenten in \($1), aantal en per 1.000 inwoners" },
        tableScrollHint: "Brede tabel: schuif opzij om alle kolommen te zien.",

        draftBadge: "concept",
        years: "Jaren",
        narrativesIn: { "Wat deden de gemeenten in \($0)?" },
        noNarrativeFrom: { "Geen verhaal over \($0) van:" },
        profileLink: { "Alles over \($0)" },
        downloads: "Download de cijfers",
        downloadFigures: { "Cijfers \($0)" },
        downloadCSV: "CSV",
        downloadJSON: "JSON",
        earlierYear: { "\($0) in \($1)" },

        regionSummary: { "\($0) gemeenten" },
        inhabitants: { "\($0) inwoners (\($1))" },
        headlineIn: { "in \($0)" },
        municipalityIn: { "Gemeente in \($0)" },
        cbsCode: "CBS-code",
        profileIn: { "\($0) in \($1) naast de regio" },
        perYear: { "\($0) per jaar" },
        nothingYet: "Voor dit thema zijn er nog geen gegevens van deze gemeente.",
        onThisPage: "Op deze pagina",
        openData: "Open data",

        allFigures: "Alle cijfers in één tabel",
        toTable: "De cijfers bij deze grafiek staan ook in de tabel met alle cijfers",
        region: "Regio",
        chartTable: "Tabel bij de grafiek",
        trendColumn: "Verloop",
        rank: "Plaats",
        chartTitle: { label, unit, year in "\(label)\(unit.map { " " + $0 } ?? ""), \(year)" },
        moreInTable: { "… \($0) andere gemeenten: zie de tabel" },
        trendsByProfile: "De ontwikkeling van elke gemeente staat op haar eigen pagina.",
        highestLowest: { "Het hoogste cijfer heeft \($0) (\($1)), het laagste \($2) (\($3))." },
        regionFigure: { "Het cijfer van de regio is \($0)." },
        aboveRegion: { above, total in above == 1 ? "1 van de \(total) gemeenten zit erboven." : "\(above) van de \(total) gemeenten zitten erboven." },
        noFigureFrom: { "Geen cijfer van: \($0)." },
        tileMapCaption: { label, unit, year in "Kaart van de regio: \(label)\(unit.map { " " + $0 } ?? ""), \(year)" },
        trendsHeading: { "Ontwikkeling \($0)–\($1)" },
        trendSummary: { rose, fell, first, last in "Van \(first) tot \(last) steeg het cijfer in \(rose) \(rose == 1 ? "gemeente" : "gemeenten") en daalde het in \(fell)." },
        seriesBreak: { "Breuk in de reeks van \($0) in \($1): \($2)" },
        direction: { direction in switch direction { case .up: "stijgend"; case .down: "dalend"; case .same: "gelijk"; case nil: "te weinig cijfers" } },
        seriesBreakMark: "breuk",
        howCompares: { "Hoe staat \($0) ervoor?" },
        otherMunicipalities: "de andere gemeenten",
        rankOf: { "\($0)e van \($1) gemeenten (van hoog naar laag)" },
        comparedToRegion: { direction, region in
            switch direction {
            case .up: "boven het cijfer van de regio (\(region))"
            case .down: "onder het cijfer van de regio (\(region))"
            case .same: "gelijk aan het cijfer van de regio (\(region))"
            }
        },
        sinceYear: { direction, year, value in
            switch direction {
            case .up: "hoger dan in \(year) (\(value))"
            case .down: "lager dan in \(year) (\(value))"
            case .same: "even hoog als in \(year) (\(value))"
            }
        },
        valueIn: { "\($0) in \($1)" },
        lineChartTitle: { name, label, unit in "\(name) en de regio per jaar: \(label)\(unit.map { " " + $0 } ?? "")" },
        stripTitle: { "\($0) (ruit) tussen de gemeenten van de regio (streepjes), met het cijfer van de regio (stippellijn): \($1)" },
        progressText: { part, whole, partLabel, wholeLabel in "\(part) van \(whole) \(wholeLabel) \(partLabel)" },
        stars: { $0 == 1 ? "1 ster" : "\($0) sterren" },
        better: { $0 == .higher ? "Hoger is beter." : "Lager is beter." },

        reviewTitle: "Wat verandert er op de site",
        reviewNothing: "Niets wat lezers van de site zien, verandert.",
        reviewErrors: "Deze wijziging heeft fouten: zo wordt de site niet gebouwd.",
        reviewCounts: { figures, narratives, records, warnings in
            let parts = [(figures, "cijfer", "cijfers", " anders"), (narratives, "verhaal", "verhalen", " anders"),
                         (records, "regel", "regels", " in andere tabellen anders"),
                         (warnings, "nieuwe waarschuwing", "nieuwe waarschuwingen", "")]
            return parts.filter { $0.0 > 0 }.map { Strings.counted($0.0, $0.1, $0.2) + $0.3 }.joined(separator: ", ") + "."
        },
        reviewYear: "Jaar",
        reviewWas: "Was",
        reviewBecomes: "Wordt",
        reviewNarratives: "Verhalen",
        reviewNarrativeChange: { kind in
            switch kind {
            case .added: "nieuw"
            case .removed: "weg"
            case .changed: "gewijzigd"
            }
        },
        reviewNewWarnings: "Nieuwe waarschuwingen",

        accessibilitySlug: "toegankelijkheid",
        accessibilityTitle: "Toegankelijkheid",
        accessibilityStatement: { publisher in
            [
                "\(publisher) wil dat iedereen deze site kan gebruiken, ook wie slecht ziet, een schermlezer gebruikt of alleen een toetsenbord.",
                "Deze site is gemaakt volgens de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, de norm voor websites van de overheid. Elke pagina werkt zonder JavaScript, elke tabel heeft kopjes, cijfers staan als tekst op de pagina en kleur is nooit de enige drager van betekenis.",
                "Loopt u toch ergens tegen aan? Laat het \(publisher) weten, dan zoeken we samen een oplossing.",
            ]
        },

        decimalSeparator: ",",
        groupingSeparator: ".",
        months: ["januari", "februari", "maart", "april", "mei", "juni",
                 "juli", "augustus", "september", "oktober", "november", "december"],
        municipalitiesSlug: "gemeenten")
}
