import RegioDashCLI

// regiodash with its built-in themes, called regiodash whatever its file is
// named (the release asset is regiodash-linux-x86_64). A package with
// themes of its own calls RegioDash.main(registry:) the same way (see
// Examples/CustomTheme).
await RegioDash.main(name: "regiodash")
