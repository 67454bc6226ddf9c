import Foundation
import ZIPFoundation

/// The zip CBS offers for download (the v4 bulk format: Observations.csv and
/// its code lists), read in memory with ZIPFoundation.
enum CBSZip {
    /// Files larger than this inside a zip are refused, so a crafted zip cannot fill the memory.
    static let maximumEntrySize = 512 * 1024 * 1024

    static func read(_ data: Data, origin: String) throws -> CBSSource {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ImportError("\(origin): this is not a zip that can be read (it may be cut off: download it again)")
        }
        var files: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            let name = (entry.path as NSString).lastPathComponent
            guard name.hasSuffix(".csv") || name.hasSuffix(".json") else { continue }
            guard entry.uncompressedSize <= UInt64(maximumEntrySize) else {
                throw ImportError("\(origin): \(entry.path) is larger than \(maximumEntrySize / 1024 / 1024) MB unpacked: "
                                    + "download a selection of the table instead")
            }
            var bytes = Data()
            do {
                _ = try archive.extract(entry) { bytes.append($0) }
            } catch {
                throw ImportError("\(origin): \(entry.path) in the zip is damaged (it may be cut off: download it again)")
            }
            files[name] = bytes
        }
        guard !files.isEmpty else { throw ImportError("\(origin): this zip holds no .csv or .json file of a CBS table") }
        return CBSSource(origin: origin, files: files)
    }
}
