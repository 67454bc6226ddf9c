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
        licensed: "Hergebruik van de cijfers:",
        overviewDescription: { count, region in
            count == 1 ? "De gemeente van \(region) op openbare veiligheid: de cijfers per thema."
                : "De \(count) gemeenten van \(region) naast elkaar op openbare veiligheid: de cijfers per thema." },
        profileDescription: { name, region, told in
            "\(name) naast de andere gemeenten van \(region): per thema de cijfers" + (told ? ", de vergelijking en wat de gemeente deed." : " en de vergelijking.") },
        handoutDescription: { name, theme, told in
            "\(name), \(theme): de cijfers" + (told ? ", de vergelijking en wat de gemeente deed" : " en de vergelijking") + ", om te printen." },
        footerLinks: "Over deze site",

        indicator: "Indicator",
        noFigure: "geen cijfer",
        notApplicable: "n.v.t.",
        perInhabitants: { per, who in "per \(per) \(who ?? "inwoners")" },
        number: "aantal",
        perShort: { "per \($0) inw." },
        municipality: "Gemeente",
        population: "Inwoners",
        regionTotal: "Regio totaal",
        averageMunicipality: "Gemiddelde gemeente",
        regionalAverage: "Gemiddelde gemeente",
        regionRate: { "Regio per \($0) inw." },
        target: "Doel",
        targetResult: { target, met in met ? "doel \(target) gehaald" : "doel \(target) niet gehaald" },
        targetsIn: { "Doelen \($0)" },
        changeSince: { "Sinds \($0)" },
        unchanged: "gelijk",
        percentagePoint: "procentpunt",
        percentagePoints: "procentpunt",
        sameNumber: "gelijk aantal",
        averageFigure: { "Het gemiddelde van de gemeenten is \($0)." },
        theAverage: "het gemiddelde van de gemeenten",
        trendNotCounted: { $0 == 1 ? "1 gemeente heeft geen cijfer voor beide jaren of een breuk in de reeks en telt niet mee."
            : "\($0) gemeenten hebben geen cijfer voor beide jaren of een breuk in de reeks en tellen niet mee." },
        incompleteYear: { year, count, total in "\(year) — \(count) van \(total) \(total == 1 ? "gemeente" : "gemeenten")" },
        incompleteNotice: { year, count, total in
            "\(year) is nog niet compleet: \(count == 0 ? "geen" : String(count)) van de \(total) "
                + "\(total == 1 ? "gemeente heeft" : "gemeenten \(count <= 1 ? "heeft" : "hebben")") er al cijfers over."
        },
        targetsMet: { met, total in
            total == 1 ? (met == 1 ? "De enige gemeente met een doel heeft dat doel gehaald." : "De enige gemeente met een doel heeft dat doel niet gehaald.")
                : met == 0 ? "Geen van de \(total) gemeenten met een doel heeft dat doel gehaald."
                : "\(met) van de \(total) gemeenten met een doel \(met == 1 ? "heeft haar" : "hebben hun") doel gehaald."
        },
        relative: { "\($0), naar inwonertal" },
        compareWith: "Ter vergelijking",
        theRegion: "de regio",
        source: "Bron",
        sources: "Bronnen",
        notes: "Toelichting",
        figuresIn: { "Cijfers \($0)" },
        noFiguresIn: { "Voor \($0) zijn er (nog) geen cijfers." },
        comparisonCaption: { "\($0): alle gemeenten in \($1)" },
        tableScrollHint: "Brede tabel: schuif opzij om alle kolommen te zien.",

        draftBadge: "concept",
        years: "Jaren",
        narrativesIn: { "Wat deden de gemeenten in \($0)?" },
        noNarrativeFrom: { "Geen verhaal over \($0) van:" },
        profileLink: { "Alles over \($0)" },
        narrativesPerMunicipality: "Verhalen per gemeente",
        allMunicipalities: "Alle gemeenten",
        wholeNarrative: "Lees het hele verhaal",
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
        atAGlance: "In één oogopslag",
        pickMunicipality: { "Kies een van de \($0) gemeenten" },
        noGlance: "Geen cijfer om te vergelijken.",
        handoutTitle: { "\($0): \($1)" },
        handoutLink: { "Hand-out om te printen (A4): \($0)" },
        handoutThemeLink: { "Alle gemeenten: \($0)" },
        handoutNarratives: { "Wat deed \($0)?" },
        handouts: "Hand-outs per gemeente",
        handoutsIntro: "Per gemeente de cijfers, grafieken en het verhaal van dit thema, om te printen op A4 voor de raadsvergadering.",
        openData: "Open data",

        allFigures: "Alle cijfers in één tabel",
        toTable: "De cijfers bij deze grafiek staan ook in de tabel met alle cijfers",
        region: "Regio",
        chartTable: "Tabel bij de grafiek",
        trendColumn: "Verloop",
        rank: "Plaats",
        chartTitle: { label, unit, year in "\(label)\(unit.map { " " + $0 } ?? ""), \(year)" },
        moreInTable: { $0 == 1 ? "… 1 andere gemeente: zie de tabel" : "… \($0) andere gemeenten: zie de tabel" },
        trendsByProfile: "De ontwikkeling van elke gemeente staat op haar eigen pagina.",
        highestLowest: { highest, high, lowest, low in
            let names = { (names: [String]) in
                Strings.list(names, and: "en", others: { $0 == 1 ? "1 andere gemeente" : "\($0) andere gemeenten" })
            }
            return "Het hoogste cijfer \(highest.count == 1 ? "heeft" : "hebben") \(names(highest)) (\(high)), "
                + "het laagste \(names(lowest)) (\(low))."
        },
        allEqual: { count, value in count == 1 ? "De enige gemeente met een cijfer heeft \(value)." : "Alle \(count) gemeenten met een cijfer hebben hetzelfde cijfer: \(value)." },
        regionFigure: { "Het cijfer van de regio is \($0)." },
        aboveRegion: { above, total in
            if total == 1 { return above == 1 ? "De enige gemeente met een cijfer ligt erboven." : "De enige gemeente met een cijfer ligt er niet boven." }
            switch above {
            case 0: return "Geen van de \(total) gemeenten ligt erboven."
            case 1: return "1 van de \(total) gemeenten ligt erboven."
            default: return "\(above) van de \(total) gemeenten liggen erboven."
            }
        },
        noFigureFrom: { "Geen cijfer van: \($0)." },
        tileMapCaption: { label, unit, year in "Kaart van de regio: \(label)\(unit.map { " " + $0 } ?? ""), \(year)" },
        trendsHeading: { "Ontwikkeling \($0)–\($1)" },
        trendSummary: { rose, fell, same, first, last in
            let municipalities = { (count: Int) in count == 1 ? "1 gemeente" : "\(count) gemeenten" }
            let clauses = [(rose, "steeg"), (fell, "daalde"), (same, "bleef")].filter { $0.0 > 0 }.enumerated().map { index, clause in
                let subject = index == 0 ? "het cijfer" : "het"
                return clause.1 == "bleef" ? "bleef \(subject) gelijk in \(municipalities(clause.0))"
                    : "\(clause.1) \(subject) in \(municipalities(clause.0))"
            }
            guard !clauses.isEmpty else { return "Van \(first) tot \(last) heeft geen enkele gemeente twee cijfers om te vergelijken." }
            return "Van \(first) tot \(last) " + Strings.list(clauses, and: "en", others: { _ in "" }, most: 3) + "."
        },
        seriesBreak: { "Breuk in de reeks van \($0) in \($1): \($2)" },
        direction: { direction in switch direction { case .up: "stijgend"; case .down: "dalend"; case .same: "gelijk"; case nil: "te weinig cijfers" } },
        seriesBreakMark: "breuk",
        howCompares: { "Hoe staat \($0) ervoor?" },
        otherMunicipalities: "de andere gemeenten",
        rankOf: { rank, total, sharing, lowest in
            if total == 1 { return "de enige gemeente met een cijfer" }
            if sharing >= total { return "alle \(total) gemeenten hebben hetzelfde cijfer" }
            let others = sharing == 2 ? "1 andere gemeente" : "\(sharing - 1) andere gemeenten"
            switch (sharing > 1, rank == 1, lowest) {
            case (false, true, _): return "de hoogste van de \(total) gemeenten"
            case (false, false, true): return "de laagste van de \(total) gemeenten"
            case (false, false, false): return "\(rank)e van de \(total) gemeenten (van hoog naar laag)"
            case (true, true, _): return "samen met \(others) de hoogste van de \(total) gemeenten"
            case (true, false, true): return "samen met \(others) de laagste van de \(total) gemeenten"
            case (true, false, false): return "samen met \(others) \(rank)e van de \(total) gemeenten"
            }
        },
        comparedTo: { direction, what, value, favourable in
            let judgement = favourable.map { $0 ? ", dus gunstiger" : ", dus ongunstiger" } ?? ""
            switch direction {
            case .up: return "hoger dan \(what) (\(value))" + judgement
            case .down: return "lager dan \(what) (\(value))" + judgement
            case .same: return "gelijk aan \(what) (\(value))"
            }
        },
        sinceYear: { direction, year, value, favourable in
            let judgement = favourable.map { $0 ? ": een verbetering" : ": een verslechtering" } ?? ""
            switch direction {
            case .up: return "hoger dan in \(year) (\(value))" + judgement
            case .down: return "lager dan in \(year) (\(value))" + judgement
            case .same: return "even hoog als in \(year) (\(value))"
            }
        },
        sameCount: { year, count in "even veel als in \(year) (\(count))" },
        valueIn: { "\($0) in \($1)" },
        lineChartTitle: { name, label, unit in "\(name) en de regio per jaar: \(label)\(unit.map { " " + $0 } ?? "")" },
        stripTitle: { "\($0) (ruit) tussen de gemeenten van de regio (streepjes), met het cijfer van de regio (stippellijn): \($1)" },
        progressText: { part, whole, partLabel, wholeLabel in "\(part) \(partLabel), \(wholeLabel): \(whole)" },
        stars: { $0 == 1 ? "1 ster" : "\($0) sterren" },
        total: "Totaal",
        tallyCategory: { label, total, places in
            places.count <= 4
                ? "\(label): \(total), in " + Strings.list(places, and: "en", others: { _ in "" }) + "."
                : "\(label): \(total), in \(places.count) gemeenten."
        },
        tallyMost: { names, count in
            let list = Strings.list(names, and: "en", others: { $0 == 1 ? "1 andere gemeente" : "\($0) andere gemeenten" })
            return names.count == 1 ? "\(list) heeft er de meeste: \(count)." : "\(list) hebben er de meeste: elk \(count)."
        },
        timelineCount: { count, noun, date in
            "Er \(count == 1 ? "is" : "zijn") \(count) \(noun)" + (date.map { "; de peildatum is \($0)" } ?? "") + "."
        },
        timelineState: { label, items in "\(label): " + (items.isEmpty ? "geen" : Strings.list(items, and: "en", others: { "\($0) andere" }, most: 8)) + "." },
        periodStart: "Van",
        periodEnd: "Tot",
        periodState: "Stand op de peildatum",
        referenceLine: { "Peildatum \($0)" },
        morePeriods: { count, noun in "… nog \(count) \(noun): zie de tabel" },
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
        buildFailed: { "De laatste build is mislukt (\($0) \($0 == 1 ? "fout" : "fouten")): u ziet de vorige site" },
        buildWarnings: { $0 == 1 ? "1 waarschuwing" : "\($0) waarschuwingen" },
        buildFix: "Herstel de inhoud en sla op: de pagina laadt dan vanzelf opnieuw.",
        severity: { $0 == .error ? "fout" : $0 == .warning ? "waarschuwing" : "opmerking" },

        accessibilitySlug: "toegankelijkheid",
        accessibilityTitle: "Toegankelijkheid",
        accessibilityStatement: { publisher in
            [
                "\(publisher) wil dat iedereen deze site kan gebruiken, ook wie slecht ziet, een schermlezer gebruikt of alleen een toetsenbord.",
                "Deze site is gemaakt volgens de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, de norm voor websites van de overheid. Elke pagina werkt zonder JavaScript, elke tabel heeft kopjes, cijfers staan als tekst op de pagina en kleur is nooit de enige drager van betekenis.",
                "Loopt u toch ergens tegen aan? Laat het \(publisher) weten, dan zoeken we samen een oplossing.",
            ]
        },

        chartsSlug: "grafieken",
        chartSVG: "Download grafiek (SVG)",
        chartCSV: "Cijfers van de grafiek (CSV)",
        licence: "Licentie",
        embedTitle: "Grafiek insluiten op uw eigen site",
        embedIntro: "Deze grafiek staat ook op een losse pagina, die in een iframe op een andere site past en vanzelf de nieuwste cijfers toont:",
        embedPage: "de grafiek om in te sluiten",
        embedCopy: "Kopieer deze code in de HTML van uw pagina:",
        embedNeedsAddress: "Neem het adres van die pagina over in een iframe op uw eigen site.",
        embedAllFigures: { site in "Alle cijfers in de tabel op \(site) (opent in een nieuw tabblad)" },

        whatsNewSlug: "wat-is-er-nieuw",
        whatsNewTitle: "Wat is er nieuw",
        whatsNewLead: "Elke keer dat er cijfers, verhalen of certificaten op deze site veranderen, staat hier wat er veranderde, de nieuwste eerst.",
        whatsNewNone: "Er is nog niets veranderd sinds deze site voor het eerst zo werd gepubliceerd. Wat er bij een volgende publicatie verandert, staat hier.",
        feedSubscribe: "Volg de veranderingen in een feedlezer (Atom)",
        feedTitle: { site in "\(site): wat is er nieuw" },
        feedEntryTitle: { figures, narratives, records in
            let parts = [(figures, "cijfer", "cijfers"), (narratives, "verhaal", "verhalen"), (records, "tabelregel", "tabelregels")]
                .filter { $0.0 > 0 }.map { Strings.counted($0.0, $0.1, $0.2, language: .nl) }
            return Strings.list(parts, and: "en", others: { _ in "" }) + " bijgewerkt"
        },
        feedFigure: { municipality, year, indicator, old, new in
            let change = switch (old, new) {
            case let (old?, new?): "van \(old) naar \(new)"
            case let (nil, new?): "nieuw: \(new)"
            case let (old?, nil): "\(old), nu zonder cijfer"
            case (nil, nil): "zonder cijfer"
            }
            return "\(municipality), \(year), \(indicator): \(change)"
        },
        feedPerThousand: { old, new in "per 1.000 inwoners van \(old) naar \(new)" },
        feedMoreFigures: { "en nog \(Strings.counted($0, "ander cijfer", "andere cijfers", language: .nl)) (zie de pagina van het thema)" },
        feedMoreNarratives: { "en nog \(Strings.counted($0, "ander verhaal", "andere verhalen", language: .nl))" },
        feedMoreRecords: { "en nog \(Strings.counted($0, "andere regel", "andere regels", language: .nl))" },
        feedRecord: { $0 ? "Erbij" : "Vervallen" },

        searchSlug: "zoeken",
        searchTitle: "Zoeken",
        searchLead: "Zoek in de verhalen van de gemeenten, de thema's en de pagina's van deze site.",
        searchLabel: "Zoek op een of meer woorden",
        searchHint: "Een woord vindt ook andere vormen ervan (drugslab vindt drugslabs). Zet woorden tussen aanhalingstekens voor precies die woorden na elkaar: \"buurt in beeld\".",
        searchButton: "Zoeken",
        searchTheme: "Thema",
        searchAllThemes: "Alle thema's",
        searchMunicipality: "Gemeente",
        searchAllMunicipalities: "Alle gemeenten",
        searchYear: "Jaar",
        searchAllYears: "Alle jaren",
        searchWithoutScript: "Zoeken werkt met JavaScript, en dat staat in uw browser uit. De verhalen staan ook per onderwerp bij elkaar:",
        searchEmpty: "Typ een of meer woorden om te zoeken.",
        searchLoading: "Bezig met zoeken…",
        searchFailed: "De zoekindex kon niet worden geladen. Probeer het opnieuw, of kies een onderwerp.",
        searchNone: "Niets gevonden voor ‘%q’%f. Probeer een ander woord of minder filters, of kies een onderwerp.",
        searchOne: "1 resultaat voor ‘%q’%f",
        searchMany: "%n resultaten voor ‘%q’%f",
        searchSome: "%n resultaten voor ‘%q’%f tot nu toe; met ‘Meer resultaten’ zoekt u verder",
        searchMore: "Meer resultaten",

        topicsSlug: "onderwerpen",
        topicsTitle: "Onderwerpen",
        topicsLead: { topics, narratives in
            "Bij \(Strings.counted(narratives, "verhaal", "verhalen")) \(topics == 1 ? "staat" : "staan") "
                + "\(Strings.counted(topics, "onderwerp", "onderwerpen")). Per onderwerp staan de verhalen naast elkaar, per thema en jaar."
        },
        topicsNone: "Bij de verhalen staan nog geen onderwerpen.",
        topicTitle: { "Onderwerp: \($0)" },
        topicLead: { name, narratives, municipalities in
            "Bij \(Strings.counted(narratives, "verhaal", "verhalen")) van \(Strings.counted(municipalities, "gemeente", "gemeenten")) "
                + "staat het onderwerp ‘\(name)’."
        },
        topicCount: { Strings.counted($0, "verhaal", "verhalen") },
        tagsLabel: { $0 == 1 ? "Onderwerp" : "Onderwerpen" },

        decimalSeparator: ",",
        groupingSeparator: ".",
        months: ["januari", "februari", "maart", "april", "mei", "juni",
                 "juli", "augustus", "september", "oktober", "november", "december"],
        municipalitiesSlug: "gemeenten")
}
