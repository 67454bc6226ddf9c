/// Numbers for machines (downloads): a decimal point, no grouping, at most
/// three decimals, no trailing zeros. `12`, `0.026`, `69.5`.
enum PlainNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let scaled = (abs(value) * 1000).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let units = UInt64(scaled)
        var text = String(units / 1000)
        var fraction = String(units % 1000)
        if fraction != "0" {
            fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return value < 0 && units != 0 ? "-" + text : text
    }
}
