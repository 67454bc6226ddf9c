// libFuzzer target: kvo's certificates.csv. Build and run: scripts/fuzz.sh
import FuzzSupport
import RegioDashCore
@_spi(Fuzzing) import RegioDashThemes

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCertificates(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let file = FuzzInput.file(start, count, path: "themes/kvo/certificates.csv") else { return 0 }
    var diagnostics = Diagnostics()
    let date = CalendarDate(year: 2023, month: 12, day: 31)
    for certificate in CertificateTable.load(file, region: FuzzInput.region, diagnostics: &diagnostics) {
        _ = certificate.expiresSoon(after: date)
        _ = certificate.hasExpired(before: date)
    }
    return 0
}
