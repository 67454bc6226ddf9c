/// The theme plugins a build knows, in the order their themes are shown.
/// Built once and passed into the build, so a package of one's own can add
/// a theme (or replace a built-in one) without forking regiodash.
public struct ThemeRegistry: Sendable {
    public private(set) var plugins: [any ThemePlugin] = []

    /// A registry of `plugins`; a later plugin with the id of an earlier one
    /// replaces it in place.
    public init(_ plugins: [any ThemePlugin]) {
        for plugin in plugins {
            register(plugin)
        }
    }

    /// Adds `plugin` at the end, or in place of the plugin with its id.
    public mutating func register(_ plugin: any ThemePlugin) {
        if let index = plugins.firstIndex(where: { $0.descriptor.id == plugin.descriptor.id }) {
            plugins[index] = plugin
        } else {
            plugins.append(plugin)
        }
    }

    /// The plugin whose theme has `id`, if one is registered.
    public func plugin(id: String) -> (any ThemePlugin)? {
        plugins.first { $0.descriptor.id == id }
    }

    /// The ids of the registered themes, in order.
    public var ids: [String] { plugins.map(\.descriptor.id) }
}
