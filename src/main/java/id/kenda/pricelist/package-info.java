/**
 * SSH price lists (SSH, HSPK, ASB, SBU): parsing rows into items, importing them as revisions,
 * diff, compare, export. May depend on core, domain, io, report and db.
 */
package id.kenda.pricelist;
