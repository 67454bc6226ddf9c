import RegioDashCore
@testable import RegioDashSite
import Testing

/// Every interface text is a key of `Strings`; the Dutch and English
/// catalogues are two values of it, so a key missing in one does not
/// compile. These tests catch what the compiler cannot: a text left empty,
/// or left untranslated (the same in both languages).
@Suite("The interface catalogues, Dutch and English")
struct CatalogueTests {
    /// Keys whose text is rightly the same in both languages: names of
    /// formats, words both languages share, and texts made only of values.
    static let same: Set<String> = [
        "downloadCSV", "downloadJSON", "indicator", "openData", "chartTitle", "earlierYear", "headlineIn", "valueIn", "reviewWas",
        "progressText", "handoutTitle",
    ]

    @Test("every key has a text in both languages, and a different one unless it is rightly the same")
    func complete() throws {
        let dutch = Self.texts(Strings.dutch)
        let english = Self.texts(Strings.english)
        #expect(Set(dutch.keys) == Set(english.keys))
        #expect(dutch.count > 90, "the catalogue has \(dutch.count) keys: the test reads too few")
        for (key, nl) in dutch.sorted(by: { $0.key < $1.key }) {
            let en = try #require(english[key], "\(key) is missing in English")
            #expect(nl.allSatisfy { !$0.isEmpty } && en.allSatisfy { !$0.isEmpty }, "\(key) has an empty text")
            if Self.same.contains(key) {
                #expect(nl == en, "\(key) differs between the languages now: take it off `same`")
            } else {
                #expect(nl != en, "\(key) is the same in Dutch and English: translate it, or list it in `same`")
            }
        }
    }

    /// Every key's texts: the text itself, or for a key that takes values,
    /// its text for a few samples. A key the test does not read fails it,
    /// so no key goes unchecked.
    static func texts(_ strings: Strings) -> [String: [String]] {
        var texts: [String: [String]] = [:]
        for child in Mirror(reflecting: strings).children {
            guard let key = child.label else { continue }
            if let text = child.value as? String {
                texts[key] = [text]
            } else if let list = child.value as? [String] {
                texts[key] = list
            } else if let sample = samples[key] {
                texts[key] = sample(strings)
            } else {
                Issue.record("\(key): add samples for it to CatalogueTests.samples")
            }
        }
        return texts
    }

    /// The keys that take values, each called with a few.
    static let samples: [String: @Sendable (Strings) -> [String]] = [
        "pickMunicipality": { [$0.pickMunicipality(342)] },
        "overviewDescription": { [$0.overviewDescription(11, "IJsselland"), $0.overviewDescription(1, "IJsselland")] },
        "profileDescription": { [$0.profileDescription("Raalte", "IJsselland", true), $0.profileDescription("Raalte", "IJsselland", false)] },
        "handoutDescription": { [$0.handoutDescription("Raalte", "Cyber", true), $0.handoutDescription("Raalte", "Cyber", false)] },
        "handoutTitle": { [$0.handoutTitle("Raalte", "Cyber")] },
        "topicsLead": { [$0.topicsLead(1, 1), $0.topicsLead(1, 3), $0.topicsLead(21, 139)] },
        "topicTitle": { [$0.topicTitle("drugs")] },
        "embedAllFigures": { [$0.embedAllFigures("Veiligheidsbeeld IJsselland")] },
        "feedTitle": { [$0.feedTitle("Veiligheidsbeeld IJsselland")] },
        "feedEntryTitle": { [$0.feedEntryTitle(1, 0, 0), $0.feedEntryTitle(3, 1, 0), $0.feedEntryTitle(1_234, 2, 1), $0.feedEntryTitle(0, 0, 2)] },
        "feedFigure": { [$0.feedFigure("Raalte", 2023, "KVO", "5", "6"), $0.feedFigure("Raalte", 2023, "KVO", nil, "6"),
                         $0.feedFigure("Raalte", 2023, "KVO", "5", nil), $0.feedFigure("Raalte", 2023, "KVO", nil, nil)] },
        "feedPerThousand": { [$0.feedPerThousand("0,13", "0,16")] },
        "feedMoreFigures": { [$0.feedMoreFigures(1), $0.feedMoreFigures(1_200)] },
        "feedMoreNarratives": { [$0.feedMoreNarratives(1), $0.feedMoreNarratives(3)] },
        "feedMoreRecords": { [$0.feedMoreRecords(1), $0.feedMoreRecords(3)] },
        "feedRecord": { [$0.feedRecord(true), $0.feedRecord(false)] },
        "topicLead": { [$0.topicLead("drugs", 1, 1), $0.topicLead("drugs", 3, 2)] },
        "topicCount": { [$0.topicCount(1), $0.topicCount(3)] },
        "tagsLabel": { [$0.tagsLabel(1), $0.tagsLabel(2)] },
        "handoutLink": { [$0.handoutLink("Cyber")] },
        "handoutThemeLink": { [$0.handoutThemeLink("Cyber")] },
        "handoutNarratives": { [$0.handoutNarratives("Raalte")] },
        "tallyCategory": { [$0.tallyCategory("KVO", 3, ["Zwolle", "Ommen"]), $0.tallyCategory("KVO", 11, ["A", "B", "C", "D", "E", "F"])] },
        "tallyMost": { [$0.tallyMost(["Zwolle"], 3), $0.tallyMost(["Zwolle", "Ommen"], 2)] },
        "timelineCount": { [$0.timelineCount(1, "KVO", "31-12-2023"), $0.timelineCount(14, "KVO", nil)] },
        "timelineState": { [$0.timelineState("KVO", []), $0.timelineState("KVO", ["A (Zwolle)"])] },
        "referenceLine": { [$0.referenceLine("31-12-2023")] },
        "morePeriods": { [$0.morePeriods(1, "KVO"), $0.morePeriods(300, "KVO")] },
        "buildFailed": { [$0.buildFailed(1), $0.buildFailed(2)] },
        "buildWarnings": { [$0.buildWarnings(1), $0.buildWarnings(25)] },
        "severity": { strings in [Diagnostic.Severity.error, .warning, .note].map { strings.severity($0) } },
        "figuresIn": { [$0.figuresIn(2023)] },
        "noFiguresIn": { [$0.noFiguresIn(2023)] },
        "comparisonCaption": { [$0.comparisonCaption("Cyber", 2023)] },
        "narrativesIn": { [$0.narrativesIn(2023)] },
        "noNarrativeFrom": { [$0.noNarrativeFrom(2023)] },
        "profileLink": { [$0.profileLink("Raalte")] },
        "downloadFigures": { [$0.downloadFigures("Cyber")] },
        "earlierYear": { [$0.earlierYear("Cyber", 2022)] },
        "regionSummary": { [$0.regionSummary(1), $0.regionSummary(11)] },
        "inhabitants": { [$0.inhabitants("38.053", 2023)] },
        "headlineIn": { [$0.headlineIn(2023)] },
        "municipalityIn": { [$0.municipalityIn("IJsselland")] },
        "profileIn": { [$0.profileIn("Raalte", 2023)] },
        "perYear": { [$0.perYear("Incidenten")] },
        "chartTitle": { [$0.chartTitle("Incidenten", "per 1.000", 2023), $0.chartTitle("Incidenten", nil, 2023)] },
        "moreInTable": { [$0.moreInTable(1), $0.moreInTable(3)] },
        "highestLowest": { [$0.highestLowest(["Zwolle"], "3", ["Ommen"], "1"),
                             $0.highestLowest(["Zwolle", "Kampen"], "3", ["Ommen", "Raalte", "Dalfsen", "Staphorst", "Ommen"], "1")] },
        "allEqual": { [$0.allEqual(1, "0"), $0.allEqual(11, "0")] },
        "regionFigure": { [$0.regionFigure("1,0")] },
        "aboveRegion": { [$0.aboveRegion(0, 1), $0.aboveRegion(1, 1), $0.aboveRegion(0, 11), $0.aboveRegion(1, 11), $0.aboveRegion(4, 11)] },
        "noFigureFrom": { [$0.noFigureFrom("Ommen")] },
        "tileMapCaption": { [$0.tileMapCaption("Incidenten", "per 1.000", 2023), $0.tileMapCaption("Incidenten", nil, 2023)] },
        "trendsHeading": { [$0.trendsHeading(2021, 2023)] },
        "trendSummary": { [$0.trendSummary(1, 2, 3, 2021, 2023), $0.trendSummary(0, 0, 0, 2021, 2023), $0.trendSummary(0, 1, 0, 2021, 2023)] },
        "seriesBreak": { [$0.seriesBreak("Zwolle", 2022, "nieuwe telling")] },
        "direction": { [$0.direction(.up), $0.direction(.down), $0.direction(.same), $0.direction(nil)] },
        "howCompares": { [$0.howCompares("Raalte")] },
        "rankOf": { [$0.rankOf(1, 11, 1, false), $0.rankOf(3, 11, 1, false), $0.rankOf(11, 11, 1, true), $0.rankOf(1, 1, 1, true),
                     $0.rankOf(1, 11, 11, true), $0.rankOf(1, 11, 2, false), $0.rankOf(3, 11, 9, true), $0.rankOf(3, 11, 2, false)] },
        "comparedTo": { [$0.comparedTo(.up, "de regio", "1,0", nil), $0.comparedTo(.down, "de regio", "1,0", true),
                         $0.comparedTo(.up, "de regio", "1,0", false), $0.comparedTo(.same, "de regio", "1,0", nil)] },
        "sinceYear": { [$0.sinceYear(.up, 2021, "1,0", nil), $0.sinceYear(.down, 2021, "1,0", true), $0.sinceYear(.up, 2021, "1,0", false),
                        $0.sinceYear(.same, 2021, "1,0", nil)] },
        "sameCount": { [$0.sameCount(2022, "1")] },
        "perInhabitants": { [$0.perInhabitants("10.000", nil), $0.perInhabitants("10.000", "inwoners van 12–17 jaar")] },
        "perShort": { [$0.perShort("1.000")] },
        "regionRate": { [$0.regionRate("1.000")] },
        "targetResult": { [$0.targetResult("65%", true), $0.targetResult("65%", false)] },
        "targetsIn": { [$0.targetsIn(2023)] },
        "targetsMet": { [$0.targetsMet(0, 1), $0.targetsMet(1, 1), $0.targetsMet(0, 3), $0.targetsMet(1, 3), $0.targetsMet(2, 3)] },
        "changeSince": { [$0.changeSince(2021)] },
        "incompleteYear": { [$0.incompleteYear(2024, 1, 11), $0.incompleteYear(2024, 0, 1)] },
        "incompleteNotice": { [$0.incompleteNotice(2024, 1, 11), $0.incompleteNotice(2024, 0, 11), $0.incompleteNotice(2024, 2, 11)] },
        "relative": { [$0.relative("Raalte")] },
        "averageFigure": { [$0.averageFigure("1,4")] },
        "trendNotCounted": { [$0.trendNotCounted(1), $0.trendNotCounted(3)] },
        "valueIn": { [$0.valueIn("1,0", 2023)] },
        "lineChartTitle": { [$0.lineChartTitle("Raalte", "Incidenten", "per 1.000"), $0.lineChartTitle("Raalte", "Incidenten", nil)] },
        "stripTitle": { [$0.stripTitle("Raalte", "Incidenten")] },
        "progressText": { [$0.progressText("610", "663", "bezet", "plekken")] },
        "stars": { [$0.stars(1), $0.stars(2)] },
        "better": { [$0.better(.higher), $0.better(.lower)] },
        "reviewCounts": { [$0.reviewCounts(1, 2, 0, 3)] },
        "reviewNarrativeChange": { [$0.reviewNarrativeChange(.added), $0.reviewNarrativeChange(.removed), $0.reviewNarrativeChange(.changed)] },
        "accessibilityStatement": { $0.accessibilityStatement("Testregio") },
    ]
}
