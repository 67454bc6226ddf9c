import RegioDashCore

/// Where a narrative's rendered body is in a made file: a UTF-8 byte offset
/// and a length. The manifest keeps these for every page, so that a change
/// to the text of a narrative alone can be put into the pages showing it
/// without rendering them again (see `NarrativeEdit`).
struct BodyFragment: Sendable, Equatable {
    var narrative: NarrativeKey
    var offset: Int
    var length: Int
}
