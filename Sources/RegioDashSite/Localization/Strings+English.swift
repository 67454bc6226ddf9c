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
        licensed: "Reuse of the figures:",
        overviewDescription: { count, region in
            count == 1 ? "The municipality of \(region) on public safety: the figures per theme."
                : "The \(count) municipalities of \(region) side by side on public safety: the figures per theme." },
        profileDescription: { name, region, told in
            "\(name) beside the other municipalities of \(region): per theme the figures" + (told ? ", the comparison and what the municipality did." : " and the comparison.") },
        handoutDescription: { name, theme, told in
            "\(name), \(theme): the figures" + (told ? ", the comparison and what the municipality did" : " and the comparison") + ", to print." },
        footerLinks: "About this site",

        indicator: "Indicator",
        noFigure: "no figure",
        notApplicable: "n/a",
        perInhabitants: { per, who in "per \(per) \(who ?? "inhabitants")" },
        number: "number",
        perShort: { "per \($0) inh." },
        municipality: "Municipality",
        population: "Inhabitants",
        regionTotal: "Region total",
        averageMunicipality: "Average municipality",
        regionalAverage: "Average municipality",
        regionRate: { "Region per \($0) inh." },
        target: "Target",
        targetResult: { target, met in met ? "target \(target) met" : "target \(target) not met" },
        targetsIn: { "Targets \($0)" },
        changeSince: { "Since \($0)" },
        unchanged: "unchanged",
        percentagePoint: "percentage point",
        percentagePoints: "percentage points",
        sameNumber: "same number",
        averageFigure: { "The municipalities' average is \($0)." },
        theAverage: "the municipalities' average",
        trendNotCounted: { $0 == 1 ? "1 municipality has no figure for both years, or a break in its series, and is not counted."
            : "\($0) municipalities have no figure for both years, or a break in their series, and are not counted." },
        incompleteYear: { year, count, total in "\(year) — \(count) of \(total) \(total == 1 ? "municipality" : "municipalities")" },
        incompleteNotice: { year, count, total in
            "\(year) is not complete yet: \(count == 0 ? "none" : String(count)) of the \(total) "
                + "\(total == 1 ? "municipality has" : "municipalities \(count <= 1 ? "has" : "have")") reported figures for it."
        },
        targetsMet: { met, total in
            total == 1 ? (met == 1 ? "The only municipality with a target met it." : "The only municipality with a target did not meet it.")
                : "\(met == 0 ? "None" : String(met)) of the \(total) municipalities with a target met \(met == 1 ? "its" : "their") target."
        },
        relative: { "\($0), relative to population" },
        compareWith: "For comparison",
        theRegion: "the region",
        source: "Source",
        sources: "Sources",
        notes: "Notes",
        figuresIn: { "Figures \($0)" },
        noFiguresIn: { "There are no figures for \($0) (yet)." },
        comparisonCaption: { "\($0): all municipalities in \($1)" },
        tableScrollHint: "Wide table: scroll sideways to see every column.",

        draftBadge: "draft",
        years: "Years",
        narrativesIn: { "What did the municipalities do in \($0)?" },
        noNarrativeFrom: { "No account of \($0) from:" },
        profileLink: { "All about \($0)" },
        narrativesPerMunicipality: "Accounts per municipality",
        allMunicipalities: "All municipalities",
        wholeNarrative: "Read the whole account",
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
        atAGlance: "At a glance",
        pickMunicipality: { "Choose one of the \($0) municipalities" },
        noGlance: "No figure to compare.",
        handoutTitle: { "\($0): \($1)" },
        handoutLink: { "Handout to print (A4): \($0)" },
        handoutThemeLink: { "All municipalities: \($0)" },
        handoutNarratives: { "What did \($0) do?" },
        handouts: "Handouts per municipality",
        handoutsIntro: "Each municipality's figures, charts and account on this theme, to print on A4 for the council meeting.",
        openData: "Open data",

        allFigures: "All figures in one table",
        toTable: "The figures of this chart are also in the table of all figures",
        region: "Region",
        chartTable: "Table of the chart",
        trendColumn: "Trend",
        rank: "Rank",
        chartTitle: { label, unit, year in "\(label)\(unit.map { " " + $0 } ?? ""), \(year)" },
        moreInTable: { $0 == 1 ? "… 1 other municipality: see the table" : "… \($0) other municipalities: see the table" },
        trendsByProfile: "Each municipality's own trend is on its page.",
        highestLowest: { highest, high, lowest, low in
            let names = { (names: [String]) in
                Strings.list(names, and: "and", others: { $0 == 1 ? "1 other municipality" : "\($0) other municipalities" })
            }
            return "\(names(highest)) \(highest.count == 1 ? "has" : "have") the highest figure (\(high)); "
                + "\(names(lowest)) \(lowest.count == 1 ? "has" : "have") the lowest (\(low))."
        },
        allEqual: { count, value in count == 1 ? "The only municipality with a figure has \(value)." : "All \(count) municipalities with a figure have the same figure: \(value)." },
        regionFigure: { "The region's figure is \($0)." },
        aboveRegion: { above, total in
            if total == 1 { return above == 1 ? "The only municipality with a figure is above it." : "The only municipality with a figure is not above it." }
            switch above {
            case 0: return "None of the \(total) municipalities is above it."
            case 1: return "1 of the \(total) municipalities is above it."
            default: return "\(above) of the \(total) municipalities are above it."
            }
        },
        noFigureFrom: { "No figure from: \($0)." },
        tileMapCaption: { label, unit, year in "Map of the region: \(label)\(unit.map { " " + $0 } ?? ""), \(year)" },
        trendsHeading: { "Change \($0)–\($1)" },
        trendSummary: { rose, fell, same, first, last in
            let municipalities = { (count: Int) in count == 1 ? "1 municipality" : "\(count) municipalities" }
            let clauses = [(rose, "rose in"), (fell, "fell in"), (same, "stayed the same in")].filter { $0.0 > 0 }
                .map { "\($0.1) \(municipalities($0.0))" }
            guard !clauses.isEmpty else { return "From \(first) to \(last) no municipality has two figures to compare." }
            return "From \(first) to \(last) the figure " + Strings.list(clauses, and: "and", others: { _ in "" }, most: 3) + "."
        },
        seriesBreak: { "Break in the series of \($0) in \($1): \($2)" },
        direction: { direction in switch direction { case .up: "rising"; case .down: "falling"; case .same: "level"; case nil: "too few figures" } },
        seriesBreakMark: "break",
        howCompares: { "How does \($0) compare?" },
        otherMunicipalities: "the other municipalities",
        rankOf: { rank, total, sharing, lowest in
            if total == 1 { return "the only municipality with a figure" }
            if sharing >= total { return "all \(total) municipalities have the same figure" }
            let suffix = (11...13).contains(rank % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][rank % 10] ?? "th"
            let others = sharing == 2 ? "1 other" : "\(sharing - 1) others"
            switch (sharing > 1, rank == 1, lowest) {
            case (false, true, _): return "the highest of \(total) municipalities"
            case (false, false, true): return "the lowest of \(total) municipalities"
            case (false, false, false): return "\(rank)\(suffix) of \(total) municipalities (from high to low)"
            case (true, true, _): return "the highest of \(total) municipalities, shared with \(others)"
            case (true, false, true): return "the lowest of \(total) municipalities, shared with \(others)"
            case (true, false, false): return "joint \(rank)\(suffix) of \(total) municipalities (with \(others))"
            }
        },
        comparedTo: { direction, what, value, favourable in
            let judgement = favourable.map { $0 ? ", which is better" : ", which is worse" } ?? ""
            switch direction {
            case .up: return "higher than \(what) (\(value))" + judgement
            case .down: return "lower than \(what) (\(value))" + judgement
            case .same: return "equal to \(what) (\(value))"
            }
        },
        sinceYear: { direction, year, value, favourable in
            let judgement = favourable.map { $0 ? ": an improvement" : ": a deterioration" } ?? ""
            switch direction {
            case .up: return "higher than in \(year) (\(value))" + judgement
            case .down: return "lower than in \(year) (\(value))" + judgement
            case .same: return "as high as in \(year) (\(value))"
            }
        },
        sameCount: { year, count in "the same number as in \(year) (\(count))" },
        valueIn: { "\($0) in \($1)" },
        lineChartTitle: { name, label, unit in "\(name) and the region by year: \(label)\(unit.map { " " + $0 } ?? "")" },
        stripTitle: { "\($0) (diamond) among the region's municipalities (ticks), with the region's figure (dotted line): \($1)" },
        progressText: { part, whole, partLabel, wholeLabel in "\(part) \(partLabel), \(wholeLabel): \(whole)" },
        stars: { $0 == 1 ? "1 star" : "\($0) stars" },
        total: "Total",
        tallyCategory: { label, total, places in
            places.count <= 4
                ? "\(label): \(total), in " + Strings.list(places, and: "and", others: { _ in "" }) + "."
                : "\(label): \(total), in \(places.count) municipalities."
        },
        tallyMost: { names, count in
            let list = Strings.list(names, and: "and", others: { $0 == 1 ? "1 other municipality" : "\($0) other municipalities" })
            return names.count == 1 ? "\(list) has the most: \(count)." : "\(list) have the most: \(count) each."
        },
        timelineCount: { count, noun, date in
            "There \(count == 1 ? "is" : "are") \(count) \(noun)" + (date.map { "; the reference date is \($0)" } ?? "") + "."
        },
        timelineState: { label, items in "\(label): " + (items.isEmpty ? "none" : Strings.list(items, and: "and", others: { "\($0) more" }, most: 8)) + "." },
        periodStart: "From",
        periodEnd: "Until",
        periodState: "On the reference date",
        referenceLine: { "Reference date \($0)" },
        morePeriods: { count, noun in "… \(count) more \(noun): see the table" },
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
        buildFailed: { "The last build failed (\($0) error\($0 == 1 ? "" : "s")): this is the previous site" },
        buildWarnings: { $0 == 1 ? "1 warning" : "\($0) warnings" },
        buildFix: "Fix the content and save: the page reloads by itself.",
        severity: { $0.rawValue },

        accessibilitySlug: "accessibility",
        accessibilityTitle: "Accessibility",
        accessibilityStatement: { publisher in
            [
                "\(publisher) wants everyone to be able to use this site, including people with low vision, screen reader users and people who use only a keyboard.",
                "This site follows the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, the standard for Dutch government websites. Every page works without JavaScript, every table has headers, figures are text on the page and colour never carries meaning on its own.",
                "If something does not work for you, please let \(publisher) know and we will find a solution together.",
            ]
        },

        chartsSlug: "charts",
        chartSVG: "Download chart (SVG)",
        chartCSV: "The chart's figures (CSV)",
        licence: "Licence",
        embedTitle: "Embed this chart on your own site",
        embedIntro: "This chart is also on a page of its own, which fits in an iframe on another site and always shows the latest figures:",
        embedPage: "the chart to embed",
        embedCopy: "Copy this code into your page's HTML:",
        embedNeedsAddress: "Put that page's address in an iframe on your own site.",
        embedAllFigures: { site in "All figures in the table on \(site) (opens in a new tab)" },

        whatsNewSlug: "whats-new",
        whatsNewTitle: "What's new",
        whatsNewLead: "Each time figures, narratives or certificates on this site change, this page says what changed, newest first.",
        whatsNewNone: "Nothing has changed since this site was first published this way. What the next publication changes will be listed here.",
        feedSubscribe: "Follow the changes in a feed reader (Atom)",
        feedTitle: { site in "\(site): what's new" },
        feedEntryTitle: { figures, narratives, records in
            let parts = [(figures, "figure", "figures"), (narratives, "narrative", "narratives"), (records, "table row", "table rows")]
                .filter { $0.0 > 0 }.map { Strings.counted($0.0, $0.1, $0.2, language: .en) }
            return Strings.list(parts, and: "and", others: { _ in "" }) + " updated"
        },
        feedFigure: { municipality, year, indicator, old, new in
            let change = switch (old, new) {
            case let (old?, new?): "from \(old) to \(new)"
            case let (nil, new?): "new: \(new)"
            case let (old?, nil): "\(old), now without a figure"
            case (nil, nil): "without a figure"
            }
            return "\(municipality), \(year), \(indicator): \(change)"
        },
        feedPerThousand: { old, new in "per 1,000 inhabitants from \(old) to \(new)" },
        feedMoreFigures: { "and \(Strings.counted($0, "other figure", "other figures", language: .en)) (see the theme's page)" },
        feedMoreNarratives: { "and \(Strings.counted($0, "other narrative", "other narratives", language: .en))" },
        feedMoreRecords: { "and \(Strings.counted($0, "other row", "other rows", language: .en))" },
        feedRecord: { $0 ? "Added" : "Removed" },

        searchSlug: "search",
        searchTitle: "Search",
        searchLead: "Search the municipalities' narratives, the themes and the pages of this site.",
        searchLabel: "Search for one or more words",
        searchHint: "A word also finds its other forms (drug lab finds drug labs). Put words in quotes for exactly those words in a row: \"safe nightlife\".",
        searchButton: "Search",
        searchTheme: "Theme",
        searchAllThemes: "All themes",
        searchMunicipality: "Municipality",
        searchAllMunicipalities: "All municipalities",
        searchYear: "Year",
        searchAllYears: "All years",
        searchWithoutScript: "Search needs JavaScript, which is turned off in your browser. The narratives are also gathered by topic:",
        searchEmpty: "Type one or more words to search.",
        searchLoading: "Searching…",
        searchFailed: "The search index could not be loaded. Try again, or choose a topic.",
        searchNone: "Nothing found for ‘%q’%f. Try another word or fewer filters, or choose a topic.",
        searchOne: "1 result for ‘%q’%f",
        searchMany: "%n results for ‘%q’%f",
        searchSome: "%n results for ‘%q’%f so far; ‘More results’ searches on",
        searchMore: "More results",

        topicsSlug: "topics",
        topicsTitle: "Topics",
        topicsLead: { topics, narratives in
            "\(Strings.counted(narratives, "narrative", "narratives")) \(narratives == 1 ? "carries" : "carry") "
                + "\(Strings.counted(topics, "topic", "topics")). Each topic's page puts its narratives side by side, by theme and year."
        },
        topicsNone: "No narrative carries a topic yet.",
        topicTitle: { "Topic: \($0)" },
        topicLead: { name, narratives, municipalities in
            "\(Strings.counted(narratives, "narrative", "narratives")) from \(Strings.counted(municipalities, "municipality", "municipalities")) "
                + "\(narratives == 1 ? "carries" : "carry") the topic ‘\(name)’."
        },
        topicCount: { Strings.counted($0, "narrative", "narratives") },
        tagsLabel: { $0 == 1 ? "Topic" : "Topics" },

        decimalSeparator: ".",
        groupingSeparator: ",",
        months: ["January", "February", "March", "April", "May", "June",
                 "July", "August", "September", "October", "November", "December"],
        municipalitiesSlug: "municipalities")
}
