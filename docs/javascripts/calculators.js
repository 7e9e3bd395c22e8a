// The calculators: being written.
