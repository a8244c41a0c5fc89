/**
 * kenda: the entry point ({@code Main}). The code is laid out by capability; each package says
 * what it is for and what it may depend on, and {@code ArchitectureTest} holds those rules.
 */
package id.kenda;
