import RegioDashCore

extension Strings {
    static let english = Strings(
        skipToContent: "Skip to content",
        mainMenu: "Main menu",
        breadcrumb: "Breadcrumb",
        overview: "Overview",
        themes: "Themes",
        municipalities: "Municipalities",
        draftBanner: "Draft: this site has not been approved yet. Figures and texts may still change.",
        exampleDataBanner: "Example data: the figures on this site are illustrative, not official statistics.",
        publishedBy: "Published by",
        referenceDate: "Reference date",
        madeWith: "Made with regiodash",
        footerLinks: "About this site",

        indicator: "Indicator",
        noFigure: "no figure",
        notApplicable: "n/a",
        perThousand: "per 1,000 inhabitants",
        number: "number",
        perThousandShort: "per 1,000 inh.",
        municipality: "Municipality",
        population: "Inhabitants",
        regionTotal: "Region total",
        averageMunicipality: "Average municipality",
        regionalAverage: "Regional average",
        regionPerThousand: "Region per 1,000 inh.",
        source: "Source",
        sources: "Sources",
        notes: "Notes",
        figuresIn: { "Figures \($0)" },
        noFiguresIn: { "There are no figures for \($0) (yet)." },
        comparisonCaption: { "\($0): all municipalities in \($1), number and per 1,000 inhabitants" },
        tableScrollHint: "Wide table: scroll sideways to see every column.",

        draftBadge: "draft",
        years: "Years",
        narrativesIn: { "What did the municipalities do in \($0)?" },
        noNarrativeFrom: { "No account of \($0) from:" },
        profileLink: { "All about \($0)" },
        downloads: "Download the figures",
        downloadFigures: { "Figures \($0)" },
        downloadCSV: "CSV",
        downloadJSON: "JSON",
        earlierYear: { "\($0) in \($1)" },

        regionSummary: { "\($0) municipalities" },
        inhabitants: { "\($0) inhabitants (\($1))" },
        headlineIn: { "in \($0)" },
        municipalityIn: { "Municipality in \($0)" },
        cbsCode: "CBS code",
        profileIn: { "\($0) in \($1) beside the region" },
        perYear: { "\($0) by year" },
        nothingYet: "There is no information from this municipality on this theme yet.",
        onThisPage: "On this page",
        openData: "Open data",

        allFigures: "All figures in one table",
        toTable: "The figures of this chart are also in the table of all figures",
        region: "Region",
        chartTable: "Table of the chart",
        trendColumn: "Trend",
        rank: "Rank",
        chartTitle: { label, unit, year in "\(label)\(unit.map { " " + $0 } ?? ""), \(year)" },
        moreInTable: { "… \($0) other municipalities: see the table" },
        trendsByProfile: "Each municipality's own trend is on its page.",
        highestLowest: { "\($0) has the highest figure (\($1)), \($2) the lowest (\($3))." },
        regionFigure: { "The region's figure is \($0)." },
        aboveRegion: { above, total in above == 1 ? "1 of the \(total) municipalities is above it." : "\(above) of the \(total) municipalities are above it." },
        noFigureFrom: { "No figure from: \($0)." },
        tileMapCaption: { label, unit, year in "Map of the region: \(label)\(unit.map { " " + $0 } ?? ""), \(year)" },
        trendsHeading: { "Change \($0)–\($1)" },
        trendSummary: { rose, fell, first, last in "From \(first) to \(last) the figure rose in \(rose) \(rose == 1 ? "municipality" : "municipalities") and fell in \(fell)." },
        seriesBreak: { "Break in the series of \($0) in \($1): \($2)" },
        direction: { direction in switch direction { case .up: "rising"; case .down: "falling"; case .same: "level"; case nil: "too few figures" } },
        seriesBreakMark: "break",
        howCompares: { "How does \($0) compare?" },
        otherMunicipalities: "the other municipalities",
        rankOf: { rank, total in
            let suffix = (11...13).contains(rank % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][rank % 10] ?? "th"
            return "\(rank)\(suffix) of \(total) municipalities (from high to low)"
        },
        comparedToRegion: { direction, region in
            switch direction {
            case .up: "above the region's figure (\(region))"
            case .down: "below the region's figure (\(region))"
            case .same: "equal to the region's figure (\(region))"
            }
        },
        sinceYear: { direction, year, value in
            switch direction {
            case .up: "higher than in \(year) (\(value))"
            case .down: "lower than in \(year) (\(value))"
            case .same: "as high as in \(year) (\(value))"
            }
        },
        valueIn: { "\($0) in \($1)" },
        lineChartTitle: { name, label, unit in "\(name) and the region by year: \(label)\(unit.map { " " + $0 } ?? "")" },
        stripTitle: { "\($0) (diamond) among the region's municipalities (ticks), with the region's figure (dotted line): \($1)" },
        progressText: { part, whole, partLabel, wholeLabel in "\(part) of \(whole) \(wholeLabel) \(partLabel)" },
        stars: { $0 == 1 ? "1 star" : "\($0) stars" },
        better: { $0 == .higher ? "Higher is better." : "Lower is better." },

        reviewTitle: "What changes on the site",
        reviewNothing: "Nothing readers of the site see changes.",
        reviewErrors: "This change has errors: the site will not build as it is.",
        reviewCounts: { figures, narratives, records, warnings in
            let parts = [(figures, "figure", "figures", " changed"), (narratives, "narrative", "narratives", " changed"),
                         (records, "row", "rows", " of other tables changed"), (warnings, "new warning", "new warnings", "")]
            return parts.filter { $0.0 > 0 }.map { Strings.counted($0.0, $0.1, $0.2) + $0.3 }.joined(separator: ", ") + "."
        },
        reviewYear: "Year",
        reviewWas: "Was",
        reviewBecomes: "Becomes",
        reviewNarratives: "Narratives",
        reviewNarrativeChange: { kind in
            switch kind {
            case .added: "new"
            case .removed: "removed"
            case .changed: "changed"
            }
        },
        reviewNewWarnings: "New warnings",

        accessibilitySlug: "accessibility",
        accessibilityTitle: "Accessibility",
        accessibilityStatement: { publisher in
            [
                "\(publisher) wants everyone to be able to use this site, including people with low vision, screen reader users and people who use only a keyboard.",
                "This site follows the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, the standard for Dutch government websites. Every page works without JavaScript, every table has headers, figures are text on the page and colour never carries meaning on its own.",
                "If something does not work for you, please let \(publisher) know and we will find a solution together.",
            ]
        },

        decimalSeparator: ".",
        groupingSeparator: ",",
        months: ["January", "February", "March", "April", "May", "June",
                 "July", "August", "September", "October", "November", "December"],
        municipalitiesSlug: "municipalities")
}
