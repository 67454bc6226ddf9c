extension StringProtocol {
    /// Without leading and trailing white space (also the no-break space
    /// that spreadsheets like to leave behind).
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
