// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "hopdash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hopdash", targets: ["hopdash"]),
        .executable(name: "hopdash-bench", targets: ["hopdash-bench"]),
        .executable(name: "hopdash-stress", targets: ["hopdash-stress"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The only C: the ncurses wide-character library and a shim for its macros and globals.
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncursesw5-dev"])]),
        // Domain values, the framework (embedded), analytics. Foundation only.
        .target(name: "HopModel"),
        // The SQLite store: schema, migrations, writes, summaries, reads, demo data.
        .target(name: "HopStore", dependencies: [
            "HopModel",
            .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's C API itself, for the exports' column-by-column reads.
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // Cells, buffers, layout, widgets, input events, the backend protocol. No ncurses. HopModel
        // only for `SafeText`, the one rule for what text may reach a terminal or a file.
        .target(name: "TerminalUI", dependencies: ["HopModel"]),
        // The ncurses backend: the only code that touches the terminal.
        .target(name: "TerminalCurses", dependencies: ["TerminalUI", "CNcurses"]),
        // State, actions, reducer, keymap, screens, runtime. Neither ncurses nor GRDB.
        .target(name: "HopApp", dependencies: ["HopModel", "TerminalUI"]),
        // The SQLite store presented to the app as a StoreClient (shared by the CLI and the benchmark).
        .target(name: "HopStoreAdapter", dependencies: ["HopStore", "HopApp", "HopModel"]),
        // The diagnostics log: ids, codes and error texts, never names. Foundation only.
        .target(name: "HopLog"),
        // The config file and what wins over it (flags, environment), with where each value came from.
        .target(name: "HopConfig", dependencies: [
            "HopApp", "TerminalUI", "HopLog",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        // The command line: parsing and wiring only.
        .executableTarget(name: "hopdash", dependencies: [
            "HopModel", "HopStore", "TerminalUI", "TerminalCurses", "HopApp", "HopStoreAdapter", "HopConfig", "HopLog",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The scale benchmark: generated stores, headless frames, the naive sqlite3 way beside.
        .executableTarget(name: "hopdash-bench", dependencies: [
            "HopModel", "HopStore", "TerminalUI", "HopApp", "HopStoreAdapter",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The reliability tests' editing process: deterministic edits through the public Store API,
        // each acknowledged on stdout once committed, and a checker of what reached the store.
        .executableTarget(name: "hopdash-stress", dependencies: [
            "HopModel", "HopStore",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "HopModelTests", dependencies: ["HopModel"]),
        // GRDB directly too: tests reach under the API to tamper with summaries or fake a newer schema.
        .testTarget(name: "HopStoreTests", dependencies: [
            "HopStore", "HopModel",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "TerminalCursesTests", dependencies: ["TerminalCurses", "TerminalUI"]),
        // The app over the real store (StoreAdapter); its screens' pictures are plain text files.
        .testTarget(name: "HopAppTests", dependencies: ["HopApp", "HopModel", "TerminalUI", "HopStore", "HopStoreAdapter"],
                    exclude: ["Pictures"]),
        // The executable's wiring (StoreAdapter) over a real in-memory store.
        .testTarget(name: "HopdashTests", dependencies: ["HopStoreAdapter", "HopApp", "HopModel", "HopStore"]),
        .testTarget(name: "HopConfigTests", dependencies: ["HopConfig", "HopApp", "HopModel", "TerminalUI", "HopLog"]),
        .testTarget(name: "HopLogTests", dependencies: ["HopLog"]),
        .testTarget(name: "EndToEndTests", dependencies: []),
    ]
)
