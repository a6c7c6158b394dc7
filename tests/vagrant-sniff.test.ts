/** looksLikeVagrantfile: telling a Vagrantfile from other Ruby by its first 8 KB, without parsing. */
import { describe, expect, it } from 'vitest';
import { looksLikeVagrantfile } from '../src/parsers/vagrant/sniff.js';

describe('looksLikeVagrantfile', () => {
  it.each([
    ['Vagrant.configure("2") do |config|\nend\n', 'the usual call'],
    ["# -*- mode: ruby -*-\nVagrant.configure('2') do |c| end", 'after a modeline comment'],
    ['Vagrant.configure "2" do |config|\nend', 'without parentheses'],
    ['Vagrant.configure 2 do |config|\nend', 'with a number and no parentheses'],
    ['Vagrant::Config.run do |config|\nend', "version 1's Vagrant::Config.run"],
    ['\ufeffVagrant.configure(VAGRANTFILE_API_VERSION) do |config|', 'after a byte order mark, with a constant version'],
    ['require "yaml"\nservers = YAML.load_file("servers.yml")\n\nVagrant . configure ( "2" ) do |config| end', 'with spaces around the dot'],
  ])('recognises %j (%s)', (text) => {
    expect(looksLikeVagrantfile(text)).toBe(true);
  });

  it.each([
    ['# Vagrant.configure("2") do |config|\nputs "hello"', 'only in a comment'],
    ['puts 1 # see Vagrant.configure("2")', 'only in a trailing comment'],
    ['=begin\nVagrant.configure("2") do |config|\n=end\nputs 1', 'only in a =begin block'],
    ['=begin\nVagrant.configure("2") do |config|\n', 'only in a =begin block that never ends'],
    ['class Vagrantfile; end\nVagrant.version', 'other uses of the Vagrant constant'],
    ['source "https://rubygems.org"\ngem "rails"', 'a Gemfile'],
    [`${'# padding\n'.repeat(1000)}Vagrant.configure("2") do |config| end`, 'beyond the first 8 KB'],
  ])('rejects %j (%s)', (text) => {
    expect(looksLikeVagrantfile(text)).toBe(false);
  });
});
