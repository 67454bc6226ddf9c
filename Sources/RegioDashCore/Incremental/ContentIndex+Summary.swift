extension ContentIndex {
    /// What telling "nothing changed" needs, read from the start of an
    /// encoded index without the rest: the number and digest of the files
    /// (see `FileStamp.digest`), and the warnings and notes to show again.
    package struct Summary: Sendable {
        package var fileCount: Int
        package var digest: UInt64
        package var diagnostics: [Diagnostic]

        init(fileCount: Int, digest: UInt64, diagnostics: [Diagnostic]) {
            self.fileCount = fileCount
            self.digest = digest
            self.diagnostics = diagnostics
        }

        package init?(encoded bytes: [UInt8]) {
            var reader = ByteReader(bytes)
            self.init(reading: &reader)
        }

        init?(reading reader: inout ByteReader) {
            guard reader.integer(UInt32.self) == ContentIndex.magic, let count = reader.integer(UInt32.self),
                  let digest = reader.integer(UInt64.self), let diagnosticCount = reader.integer(UInt32.self) else { return nil }
            fileCount = Int(count)
            self.digest = digest
            diagnostics = []
            for _ in 0..<diagnosticCount {
                guard let severity = reader.integer(UInt8.self), let path = reader.string(),
                      let line = reader.integer(UInt32.self), let column = reader.integer(UInt32.self),
                      let message = reader.string(), let suggestion = reader.optionalString(),
                      let kind = reader.optionalString() else { return nil }
                diagnostics.append(Diagnostic(severity == 1 ? .warning : .note, message,
                                              at: SourceLocation(path: path, line: Int(line), column: Int(column)),
                                              suggestion: suggestion, kind: kind))
            }
        }

        func write(to writer: inout ByteWriter) {
            writer.integer(ContentIndex.magic)
            writer.integer(UInt32(fileCount))
            writer.integer(digest)
            writer.integer(UInt32(diagnostics.count))
            for diagnostic in diagnostics {
                writer.integer(UInt8(diagnostic.severity == .warning ? 1 : 2))
                writer.string(diagnostic.location.path)
                writer.integer(UInt32(diagnostic.location.line))
                writer.integer(UInt32(diagnostic.location.column))
                writer.string(diagnostic.message)
                writer.optionalString(diagnostic.suggestion)
                writer.optionalString(diagnostic.kind)
            }
        }

        /// Whether `stamps`, a fresh scan of the content folder, are the files the index was made from.
        package func matches(_ stamps: [String: FileStamp]) -> Bool {
            stamps.count == fileCount && FileStamp.digest(of: stamps) == digest
        }
    }
}
