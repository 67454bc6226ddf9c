import RegioDashCLI

// regiodash with its built-in themes; a package with themes of its own
// calls RegioDash.main(registry:) the same way (see Examples/CustomTheme).
await RegioDash.main()
