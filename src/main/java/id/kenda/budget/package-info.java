/**
 * Budget lines (rincian belanja): the koefisien, the compact price index, the validation rules and
 * their engine, the budget import. A new rule gets its id in {@code Rule} and its check in the
 * validator, and a row in the README rule table. May depend on core, domain, io, report, db and
 * pricelist.
 */
package id.kenda.budget;
