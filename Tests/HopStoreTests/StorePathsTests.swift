import Testing
@testable import HopStore

@Suite("Where the store lives")
struct StorePathsTests {
    let home = "/home/hop"

    @Test func commandLineOptionWins() {
        // Given every source set
        let environment = ["HOPDASH_STORE": "/env/store.sqlite", "XDG_DATA_HOME": "/xdg"]
        // When resolving with --store
        let path = StorePaths.resolve(option: "/cli/store.sqlite", environment: environment, home: home)
        // Then the option is used
        #expect(path == "/cli/store.sqlite")
    }

    @Test func environmentVariableComesNext() {
        // Given no option
        let environment = ["HOPDASH_STORE": "/env/store.sqlite", "XDG_DATA_HOME": "/xdg"]
        // When resolving
        let path = StorePaths.resolve(option: nil, environment: environment, home: home)
        // Then $HOPDASH_STORE is used
        #expect(path == "/env/store.sqlite")
    }

    @Test func xdgDataHomeThenHome() {
        // Given only XDG_DATA_HOME (with a trailing slash), then nothing at all
        let xdg = StorePaths.resolve(option: nil, environment: ["XDG_DATA_HOME": "/xdg/"], home: home)
        let fallback = StorePaths.resolve(option: nil, environment: [:], home: home)
        // Then the XDG folder, else ~/.local/share
        #expect(xdg == "/xdg/hopdash/store.sqlite")
        #expect(fallback == "/home/hop/.local/share/hopdash/store.sqlite")
    }

    @Test func emptyAndRelativeValuesAreIgnored() {
        // Given empty values and a relative XDG_DATA_HOME (invalid by the XDG spec)
        let environment = ["HOPDASH_STORE": "", "XDG_DATA_HOME": "relative/data"]
        // When resolving with an empty option
        let path = StorePaths.resolve(option: "", environment: environment, home: home + "/")
        // Then the home default is used
        #expect(path == "/home/hop/.local/share/hopdash/store.sqlite")
    }
}
