/**
 * Budget lines (rincian belanja): the koefisien, the compact price index, the validation engine
 * ({@code Validator}) with its rules in {@code budget.rules}, the budget import. May depend on
 * core, domain, io, report, db and pricelist.
 */
package id.kenda.budget;
