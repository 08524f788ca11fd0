// Placeholder until HopApp has sources; removed when real files land.
