// Placeholder until HopStore has sources; removed when real files land.
