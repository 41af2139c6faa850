//! MySQL/MariaDB probing and actions. (Being built.)
