/// Clearly fictional people for demo data: given and family names put together from invented
/// syllables, so that no demo record reads like a real person's.
enum DemoNames {
    static let givenStarts = ["Al", "Bri", "Cor", "Dav", "El", "Fen", "Gil", "Hal", "Is", "Jor", "Kel", "Lor",
                              "Mer", "Nor", "Os", "Per", "Quin", "Ros", "Sel", "Tam", "Ul", "Ves", "Wyn", "Yor"]
    static let givenEnds = ["wen", "ric", "ane", "ia", "ette", "ian", "dor", "ra", "bel", "mond", "isa", "eth"]
    static let familyStarts = ["Bramble", "Cinder", "Clover", "Dapple", "Ember", "Fennel", "Gorse", "Hollow",
                               "Juniper", "Kettle", "Lantern", "Marrow", "Nettle", "Pebble", "Puddle", "Quill",
                               "Saffron", "Sorrel", "Tansy", "Thistle", "Umber", "Vellum", "Yarrow", "Moss"]
    static let familyEnds = ["by", "combe", "dale", "feather", "field", "gate", "holm", "ley", "mere",
                             "ridge", "stone", "thwaite", "well", "wick", "worth", "hallow"]

    static func person(_ random: inout DemoRandom) -> String {
        random.pick(givenStarts) + random.pick(givenEnds) + " " + random.pick(familyStarts) + random.pick(familyEnds)
    }

    /// A demo address on a domain reserved for examples (RFC 2606).
    static func email(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: " ", with: ".") + "@dfa.example.org"
    }

    /// A London number from Ofcom's range reserved for drama (020 7946 0000 to 0999).
    static func phone(_ number: Int) -> String {
        let digits = String(number % 1000)
        return "020 7946 0" + String(repeating: "0", count: 3 - digits.count) + digits
    }
}
