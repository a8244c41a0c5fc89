/**
 * What every part shares and nothing else: the one exception type and its exit codes, settings and
 * the config file, progress, signals, atomic file writes and hashing, the shrink guard. Depends on
 * no other kenda package.
 */
package id.kenda.core;
