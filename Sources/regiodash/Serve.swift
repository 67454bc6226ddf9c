import ArgumentParser
import RegioDashServer
import RegioDashSite
import RegioDashThemes

extension RegioDash {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site, serve it, and rebuild and reload the browser on every change.",
            discussion: """
                Pages reload by themselves after each rebuild. A build with errors keeps the last good site \
                served, with the problems shown over every page and printed here. Only this machine can \
                reach the preview unless --host says otherwise. Ctrl-C stops.
                """)

        @OptionGroup var options: ContentOptions

        @Option(help: "The output folder; replaced as a whole by each build.")
        var output = "site"

        @Option(help: "The port to listen on; 0 picks a free one.")
        var port: UInt16 = 8000

        @Option(help: "The address to listen on (127.0.0.1 is this machine only; 0.0.0.0 is every network).")
        var host = "127.0.0.1"

        func run() async throws {
            let display = options.progressDisplay()
            let server = PreviewServer(
                builder: SiteBuilder(registry: .builtIn),
                options: .init(build: .init(content: options.content, output: output, includeDrafts: options.drafts,
                                            strict: options.strict, progress: display?.handler),
                               host: host, port: port))
            if !["127.0.0.1", "::1", "localhost"].contains(host) {
                Console.error("regiodash: serving on \(host): other machines on the network can open this preview")
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
                Console.error("regiodash: \(failure)")
                throw ExitCode(1)
            }
        }
    }
}
