/** The {@code rak} commands: import the anggaran kas, check it against the budget, print the Form RAK. */
package id.kenda.cli.rak;
