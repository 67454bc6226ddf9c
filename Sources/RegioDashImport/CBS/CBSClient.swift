import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches a table from CBS OData v3 over HTTPS: its DataProperties, its
/// dimension lists (Perioden with Status) and the TypedDataSet rows of the
/// region's codes, following `odata.nextLink` pages. The answers are the
/// same files `--from` reads.
struct CBSClient: Sendable {
    /// `https://opendata.cbs.nl/ODataApi/OData/`; tests point it at loopback.
    var base: String
    /// Pages of at most 10,000 rows each; more than this is refused.
    static let maximumPages = 100

    func fetch(table: String, codes: [String]) async throws -> CBSSource {
        var files: [String: Data] = [:]
        let properties = try await get("\(table)/DataProperties?$format=json")
        files["DataProperties.json"] = properties
        let rows = try CBSRows.read(properties, name: "DataProperties.json", origin: url("\(table)/DataProperties"))
        let dimensions = rows.compactMap { row -> String? in
            guard let type = CBSRows.text(row["Type"]), type.hasSuffix("Dimension") else { return nil }
            return CBSRows.text(row["Key"])
        }
        for dimension in dimensions where dimension != CBSNames.region {
            files["\(dimension).json"] = try await get("\(table)/\(dimension)?$format=json")
        }
        // CBS pads region keys to ten characters.
        let filter = codes.map { "RegioS eq '\($0.padding(toLength: 10, withPad: " ", startingAt: 0))'" }.joined(separator: " or ")
        var path = "\(table)/TypedDataSet?$format=json&$filter=" + (filter.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")
        var all: [[String: Any]] = []
        for _ in 0..<Self.maximumPages {
            let page = try await get(path)
            guard let object = try? JSONSerialization.jsonObject(with: page) as? [String: Any],
                  let values = object["value"] as? [[String: Any]] else {
                throw ImportError("\(url(path)): CBS's answer is not a data set: try again later, or save it and use --from")
            }
            all += values
            guard let next = object["odata.nextLink"] as? String else {
                files["TypedDataSet.json"] = try JSONSerialization.data(withJSONObject: ["value": all])
                return CBSSource(origin: url("\(table)/TypedDataSet"), files: files)
            }
            path = next.hasPrefix(base) ? String(next.dropFirst(base.count)) : next
        }
        throw ImportError("\(url(table)): more than \(Self.maximumPages) pages: choose fewer years with --years")
    }

    private func url(_ path: String) -> String {
        path.hasPrefix("http") ? path : base + path
    }

    private func get(_ path: String) async throws -> Data {
        let address = url(path)
        guard let url = URL(string: address) else { throw ImportError("\(address): not a URL") }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await URLSession.shared.data(from: url)
        } catch {
            throw ImportError("\(address): CBS could not be reached (\(error.localizedDescription)): check the connection, "
                                + "or save the answer in a browser and use --from FILE")
        }
        if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            throw ImportError("\(address): CBS answered \(http.statusCode)"
                                + (http.statusCode == 404 ? ": check the table's identifier (like 03759ned)" : ": try again later"))
        }
        return data
    }
}
