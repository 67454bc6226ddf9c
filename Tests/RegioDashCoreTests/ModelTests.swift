@testable import RegioDashCore
import RegioDashTestSupport
import Testing

@Suite("Small model rules")
struct ModelTests {
    @Test("slugs from names: lower case, accents dropped, dashes between words")
    func slugs() {
        #expect(Slug.make(from: "Olst-Wijhe") == "olst-wijhe")
        #expect(Slug.make(from: "'s-Hertogenbosch") == "s-hertogenbosch")
        #expect(Slug.make(from: "Súdwest-Fryslân") == "sudwest-fryslan")
        #expect(Slug.make(from: "Bergen (NH.)") == "bergen-nh")
        #expect(Slug.isValid("olst-wijhe"))
        #expect(!Slug.isValid("") && !Slug.isValid("..") && !Slug.isValid("a/b") && !Slug.isValid("-a") && !Slug.isValid("A"))
    }

    @Test("dates: ISO only, real days, months added with clamping")
    func dates() throws {
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2023-13-01") == nil)
        #expect(CalendarDate(iso: "1-2-2023") == nil)
        let date = try #require(CalendarDate(iso: "2023-08-31"))
        #expect(date.adding(months: 6).description == "2024-02-29")
        #expect(date.adding(months: 12).description == "2024-08-31")
    }

    @Test("kinds refuse impossible values")
    func kinds() {
        #expect(IndicatorKind.count.problem(with: 3) == nil)
        #expect(IndicatorKind.count.problem(with: 2.5) != nil)
        #expect(IndicatorKind.percent.problem(with: 100) == nil)
        #expect(IndicatorKind.percent.problem(with: 100.1) != nil)
        #expect(IndicatorKind.number.problem(with: -1) != nil)
    }

    @Test("suggestions: typos and swapped letters are found, far-off words are not")
    func suggestions() {
        #expect(Suggestion.closest(to: "udnermining", among: ["undermining", "cyber"]) == "undermining")
        #expect(Suggestion.closest(to: "CYBR", among: ["undermining", "cyber"]) == "cyber")
        #expect(Suggestion.closest(to: "weather", among: ["undermining", "cyber"]) == nil)
    }

    @Test("a later plugin with the same id replaces the earlier one in place")
    func registry() {
        var registry = ThemeRegistry([SampleTheme()])
        registry.register(SampleTheme())
        #expect(registry.ids == ["sample"])
    }
}
