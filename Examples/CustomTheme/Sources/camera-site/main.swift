import CameraTheme
import RegioDashCLI
import RegioDashCore
import RegioDashThemes

// camera-site: regiodash's every command (build, check, serve, diff, …),
// with camera surveillance next to the built-in themes.
var registry = ThemeRegistry.builtIn
registry.register(CameraSurveillanceTheme())
await RegioDash.main(registry: registry)
