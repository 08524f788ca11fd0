// Placeholder until TerminalCurses has sources; removed when real files land.
