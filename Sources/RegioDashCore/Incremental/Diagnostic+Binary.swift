extension Diagnostic {
    /// A warning or note, as a build keeps it for the next one to show again
    /// when nothing has changed (errors are never kept: nothing is built).
    package func write(to writer: inout ByteWriter) {
        writer.integer(UInt8(severity == .warning ? 1 : 2))
        writer.string(location.path)
        writer.integer(UInt32(location.line))
        writer.integer(UInt32(location.column))
        writer.string(message)
        writer.optionalString(suggestion)
        writer.optionalString(kind)
    }

    package init?(reading reader: inout ByteReader) {
        guard let severity = reader.integer(UInt8.self), let path = reader.string(),
              let line = reader.integer(UInt32.self), let column = reader.integer(UInt32.self),
              let message = reader.string(), let suggestion = reader.optionalString(),
              let kind = reader.optionalString() else { return nil }
        self.init(severity == 1 ? .warning : .note, message,
                  at: SourceLocation(path: path, line: Int(line), column: Int(column)), suggestion: suggestion, kind: kind)
    }
}
