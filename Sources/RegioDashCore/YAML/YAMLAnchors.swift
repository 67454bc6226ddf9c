import CYaml

/// Finds YAML anchors (`&name`) and aliases (`*name`) as libyaml itself
/// sees them, from its parser events, before any value is composed.
///
/// Content files never need them, and they are how a small file becomes an
/// enormous one: an aliased list used as a mapping key, or lists of aliases
/// of lists, make the composed tree (and every walk over it) grow
/// exponentially with the file. The events come one by one and are never
/// expanded, so this costs one pass over the text in constant memory. Reading
/// events rather than characters means a tag before the anchor (`!!str &a`,
/// `!local &a`) or any other spelling libyaml accepts is found too.
enum YAMLAnchors {
    /// Where the first anchor or alias is, and which of the two it is.
    struct Found: Equatable {
        /// Line and column, from 1 (the column in characters).
        var line: Int
        var column: Int
        var isAlias: Bool
    }

    /// The first anchor or alias in `yaml`; nil when there is none before the
    /// end or before a syntax error (which the parser proper then reports).
    static func first(in yaml: String) -> Found? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let isAlias = event.type == YAML_ALIAS_EVENT
                let anchored = switch event.type {
                case YAML_SCALAR_EVENT: event.data.scalar.anchor != nil
                case YAML_SEQUENCE_START_EVENT: event.data.sequence_start.anchor != nil
                case YAML_MAPPING_START_EVENT: event.data.mapping_start.anchor != nil
                default: false
                }
                if isAlias || anchored {
                    return Found(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1,
                                 isAlias: isAlias)
                }
                if event.type == YAML_STREAM_END_EVENT { return nil }
            }
            return nil
        }
    }
}
