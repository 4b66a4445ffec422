/**
 * Whole-store backup for admins: one JSON document with every stored row (token metadata without
 * secrets), and its import into a fresh instance, so a newsroom can move between databases (H2 to
 * PostgreSQL) without losing anything. The format is documented in docs/backup-format.md.
 */
package org.tradeline.backup;
