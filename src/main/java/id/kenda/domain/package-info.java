/**
 * Domain values and text rules used across capabilities: account codes ({@code kode rekening})
 * compared by numeric segments, money, text folding for matching, showing invisible characters.
 * Depends on no other kenda package.
 */
package id.kenda.domain;
