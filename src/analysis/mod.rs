//! Pure analysis: no I/O, no clock. (Being built.)
