import Foundation
@testable import RegioDashSite
import Testing

/// WCAG contrast of the stylesheet's colours, read from its source: text
/// at least 4.5:1, chart graphics at least 3:1, in light and in dark mode.
@Suite("Colour contrast of the design tokens")
struct ContrastTests {
    /// The custom properties of the first block after `marker`.
    private func tokens(after marker: String) throws -> [String: String] {
        let css = Stylesheet.source
        let start = try #require(css.range(of: marker))
        let block = css[start.upperBound...].prefix { $0 != "}" }
        var result: [String: String] = [:]
        for match in block.matches(of: /--([a-z-]+):\s*(#[0-9a-f]{6});/) {
            result[String(match.1)] = String(match.2)
        }
        return result
    }

    private func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    private func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test("text and graphics on the page background and surface, light and dark", arguments: [":root {", "@media (prefers-color-scheme: dark) {\n  :root {"])
    func tokens(mode: String) throws {
        let light = try tokens(after: ":root {")
        let colours = light.merging(try tokens(after: mode)) { _, new in new }
        for background in ["rd-color-bg", "rd-color-surface"] {
            let bg = try #require(colours[background])
            for text in ["rd-color-text", "rd-color-muted", "rd-color-link", "rd-color-link-visited", "rd-color-flag"] {
                #expect(contrast(try #require(colours[text]), bg) >= 4.5, "\(text) on \(background) in \(mode)")
            }
            for graphic in ["rd-chart-bar", "rd-chart-reference", "rd-chart-region", "rd-chart-muted", "rd-color-line-strong", "rd-star"] {
                #expect(contrast(try #require(colours[graphic]), bg) >= 3, "\(graphic) on \(background) in \(mode)")
            }
        }
        #expect(contrast(try #require(colours["rd-chart-reference"]), try #require(colours["rd-color-bg"])) >= 4.5, "reference label text")
        #expect(contrast(try #require(colours["rd-color-on-primary"]), try #require(colours["rd-color-primary"])) >= 4.5)
    }

    @Test("the tile map's text on each shade")
    func shades() {
        let shades = Stylesheet.source.matches(of: /\.shade-(\d) \{ background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6}); \}/)
        #expect(shades.count == Shading.shades)
        for shade in shades {
            #expect(contrast(String(shade.2), String(shade.3)) >= 4.5, "shade \(shade.1)")
        }
    }
}
