import ArgumentParser
import RegioDashServer
import RegioDashSite
import RegioDashThemes

extension RootCommand {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Build the site, serve it, and rebuild and reload the browser on every change.",
            discussion: """
                Pages reload by themselves after each rebuild. A build with errors keeps the last good site \
                served, with the problems shown over every page and printed here. Only this machine can \
                reach the preview unless --host says otherwise. Ctrl-C stops.
                """)

        @OptionGroup var options: ContentOptions<OptionHelp>

        @Option(help: ArgumentHelp(
            "The folder the site is built into and served from; replaced as a whole by each rebuild, and only if "
                + "regiodash wrote it.", valueName: "folder"))
        var output = "site"

        @Option(help: "The port to listen on; 0 picks a free one and prints it.")
        var port: UInt16 = 8000

        @Option(help: ArgumentHelp(
            "The address to listen on: 127.0.0.1 is this machine only; 0.0.0.0 lets every machine on the network "
                + "open the preview.", valueName: "address"))
        var host = "127.0.0.1"

        func run() async throws {
            let display = options.progressDisplay()
            let server = PreviewServer(
                builder: SiteBuilder(registry: Program.registry),
                options: .init(build: .init(content: options.content, output: output, includeDrafts: options.drafts,
                                            strict: options.strict, isPreview: true, progress: display?.handler),
                               host: host, port: port))
            if !["127.0.0.1", "::1", "localhost"].contains(host) {
                Console.error("\(Program.name): serving on \(host): other machines on the network can open this preview")
            }
            let options = self.options
            let output = self.output
            do {
                try await server.run { event in
                    display?.clear()
                    switch event {
                    case .listening(let address):
                        Console.output("Serving \(output)/ at \(address): watching \(options.content)/ for changes "
                            + "(Ctrl-C stops)")
                    case .built(let report):
                        Console.finish(report, options: options, success: Console.summary(of: report, output: output),
                                       writes: true)
                    }
                }
            } catch let failure as PreviewServer.Failure {
                Console.error("\(Program.name): \(failure)")
                throw ExitCode(1)
            }
        }

        /// The shared options, as they work in `serve`.
        enum OptionHelp: ContentOptionsHelp {
            static let content = "The content folder to build from and watch: every save in it rebuilds the site."
            static let drafts = "Also show narratives marked 'status: draft', to read them as they will look."
            static let strict = "Treat warnings like errors: a rebuild with warnings keeps the last good site served "
                + "and shows the warnings in the panel over every page."
            static let verbose = "Also print how long each stage of every rebuild took."
            static let quiet = "Print only problems: no progress line and no line after each rebuild."
            static let format = "How the problems of each rebuild are printed here: text (path:line:column lines on "
                + "standard error), github (Actions annotations) or json (one document per rebuild on standard output). "
                + "The browser's panel shows them either way."
        }
    }
}
