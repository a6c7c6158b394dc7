/**
 * A cheap content sniff for files named explicitly that have no Vagrantfile name
 * (`tpl/generic-debian12.rb`): is this Ruby a Vagrantfile? Text only, no prism, so
 * discovery can ask it of any file without loading the parser.
 */

/** How much of a file is looked at: `Vagrant.configure` sits near the top of real Vagrantfiles. */
const SNIFF_BYTES = 8 * 1024;

/** `Vagrant.configure(`, `Vagrant.configure "2"` / `2`, or version 1's `Vagrant::Config.run`. */
const CONFIGURE = /\bVagrant\s*(?:\.\s*configure\s*(?:\(|["'\d])|::\s*Config\s*\.\s*run\b)/;

/** Whether `textPrefix` (a file's start; only its first 8 KB are read) calls Vagrant.configure outside comments. */
export function looksLikeVagrantfile(textPrefix: string): boolean {
  return CONFIGURE.test(withoutComments(textPrefix.slice(0, SNIFF_BYTES)));
}

/**
 * Ruby's comments removed: `=begin … =end` blocks and `#` to the end of the line. A `#`
 * inside a string is taken for a comment too; `#{` (interpolation) is not.
 */
function withoutComments(text: string): string {
  return text.replace(/^=begin\b[\s\S]*?(?:^=end\b.*$|(?![\s\S]))/gm, '').replace(/#(?!\{).*$/gm, '');
}
