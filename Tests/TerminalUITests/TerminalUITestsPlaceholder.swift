// Placeholder until TerminalUITests has sources; removed when real files land.
