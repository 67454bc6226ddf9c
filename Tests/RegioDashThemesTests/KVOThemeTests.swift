import RegioDashCore
import RegioDashTestSupport
import RegioDashThemes
import Testing

@Suite("kvo: certificates.csv")
struct KVOThemeTests {
    private let header = "municipality,area,type,status,certified_on,valid_until,note\n"

    @Test("good rows load; expiring certificates are flagged against the reference date")
    func good() async throws {
        let result = try await loadBuiltIn([
            "site.yaml": Fixtures.site + "\nreference_date: 2024-01-01\n",
            "themes/kvo/certificates.csv": header + """
                GM0177,Bedrijventerrein Raalte,KVO-B,certified,2022-05-01,2026-05-01,
                GM0177,Heino,kvo-w,none,,,onvoldoende draagvlak
                GM0193,Binnenstad,KVO-W,certified,2021-03-01,2024-03-01,
                GM0193,Hessenpoort,KVO-B,certified,2019-03-01,2023-06-01,
                """,
        ])
        #expect(!result.diagnostics.hasErrors)
        #expect(result.diagnostics.contains(.note, at: "kvo/certificates.csv", line: 4, "expires on 2024-03-01, within six months of 2024-01-01"))
        #expect(result.diagnostics.contains(.warning, at: "kvo/certificates.csv", line: 5, "expired on 2023-06-01, before the reference date 2024-01-01"))
        let dataset = try #require(result.dataset)
        let theme = try #require(dataset.theme(id: "kvo"))
        let headline = try #require(theme.headline(in: dataset))
        #expect(headline.value == 2)
        #expect(headline.detail?.nl == "1 certificaat verloopt binnen zes maanden; 1 certificaat is verlopen")
        #expect(headline.detail?.en == "1 certificate expires within six months; 1 certificate has expired")
        let download = theme.download(in: dataset)
        #expect(download.rows.count == 4)
        let attention = try #require(download.columns.firstIndex { $0.id == "attention" })
        #expect(download.rows[2][attention] == .flag(id: "expires-soon", label: LocalizedText(nl: "Verloopt binnen 6 maanden", en: "Expires within 6 months")))
    }

    @Test("every certificate rule is checked, all rows in one run", arguments: [
        ("GM0178,Centrum,KVO-B,none,,,", "2:1 unknown municipality \"GM0178\": use a CBS code or slug from region.yaml; did you mean GM0177 (Raalte)?"),
        ("GM0177,,KVO-B,none,,,", "2:8 the area is missing: name the business park or shopping area"),
        ("GM0177,Centrum,KVO-X,none,,,", "2:16 type must be KVO-B (business park) or KVO-W (shopping area), not \"KVO-X\"; did you mean KVO-W?"),
        ("GM0177,Centrum,KVO-B,certifed,2022-01-01,2025-01-01,", "2:22 status must be certified, in-progress, stopped or none, not \"certifed\"; did you mean certified?"),
        ("GM0177,Centrum,KVO-B,certified,1-5-2022,2025-01-01,", "2:32 certified_on must be a date written as YYYY-MM-DD, not \"1-5-2022\""),
        ("GM0177,Centrum,KVO-B,certified,2022-05-01,2021-05-01,", "2:43 valid_until (2021-05-01) must be after certified_on (2022-05-01)"),
        ("GM0177,Centrum,KVO-B,certified,2022-05-01,,", "2:22 a certified area needs both certified_on and valid_until"),
    ])
    func errors(row: String, expected: String) async throws {
        let result = try await loadBuiltIn(["themes/kvo/certificates.csv": header + row + "\n"])
        #expect(result.diagnostics.errorTexts == [expected])
    }

    @Test("the same area and type twice")
    func duplicate() async throws {
        let result = try await loadBuiltIn(["themes/kvo/certificates.csv": header + "GM0177,Centrum,KVO-W,none,,,\nraalte,centrum,KVO-W,stopped,,,\n"])
        #expect(result.diagnostics.errorTexts == ["3:8 duplicate certificate: KVO-W for \"centrum\" in Raalte is already on line 2; keep one row per area and type"])
    }

    @Test("with reference_date set, a certificate granted after it is an error at its date; without, the date comes from complete years")
    func grantedAfterReferenceDate() async throws {
        let row = "GM0177,Centrum,KVO-W,certified,2024-02-01,2027-02-01,\n"
        let dated = try await loadBuiltIn(["site.yaml": Fixtures.site + "\nreference_date: 2023-12-31\n",
                                           "themes/kvo/certificates.csv": header + row])
        #expect(dated.diagnostics.errorTexts == ["2:32 certified_on (2024-02-01) is after the reference date 2023-12-31 in site.yaml: "
            + "move reference_date on, or enter the certificate once it is granted"])
        // Without it, one stray narrative of 2027 does not move the reference date: every certificate is not suddenly expired.
        let undated = try await loadBuiltIn([
            "themes/kvo/certificates.csv": header + "GM0177,Centrum,KVO-W,certified,2021-02-01,2025-02-01,\n",
            "themes/kvo/raalte/2022.md": "Tekst.\n", "themes/kvo/zwolle/2022.md": "Tekst.\n", "themes/kvo/raalte/2027.md": "Tekst.\n",
        ])
        let dataset = try #require(undated.dataset)
        #expect(dataset.referenceDate == CalendarDate(year: 2022, month: 12, day: 31))
        #expect(!undated.diagnostics.all.contains { $0.message.contains("expired") })
    }
}

@Suite("A plugin's load, tested on its own folder")
struct PluginFolderTests {
    @Test("ThemeFolder can be made in a plugin's tests: kvo's load reads the folder it is given")
    func ownFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(["themes/kvo/certificates.csv": "municipality,area,type,status,certified_on,valid_until,note\n"
            + "GM0177,Bedrijventerrein Raalte,KVO-B,certified,2022-05-01,2026-05-01,\n"
            + "GM0999,Elders,KVO-B,none,,,\n"])
        let plugin = KVOTheme()
        let themeFolder = ThemeFolder(id: plugin.descriptor.id, contentRoot: folder.path)
        #expect(themeFolder.fileNames == ["certificates.csv"])
        let region = Region(name: "Test", municipalities: [Municipality(code: "GM0177", name: "Raalte", slug: "raalte")])
        var diagnostics = Diagnostics()
        let content = plugin.load(themeFolder, context: LoadContext(descriptor: plugin.descriptor, site: SiteSettings(title: "Test"), region: region),
                                  diagnostics: &diagnostics)
        #expect(content.certificates.map(\.area) == ["Bedrijventerrein Raalte"])
        #expect(diagnostics.contains(.error, at: "kvo/certificates.csv", line: 3, "unknown municipality \"GM0999\""))
    }
}
