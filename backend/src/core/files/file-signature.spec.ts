import ExcelJS from 'exceljs';
import { detectContent } from './file-signature';
import { zipWith } from './zip-fixture';

const bytes = (hex: string, padding = 32) =>
  Buffer.concat([Buffer.from(hex.replace(/\s/g, ''), 'hex'), Buffer.alloc(padding, 0x2a)]);

describe('detectContent', () => {
  it('recognises PNG, JPEG, GIF and PDF by their leading bytes', () => {
    expect(detectContent(bytes('89 50 4e 47 0d 0a 1a 0a 00 00 00 0d 49 48 44 52'))).toBe('png');
    expect(detectContent(bytes('ff d8 ff e0 00 10 4a 46 49 46'))).toBe('jpeg');
    expect(detectContent(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('gif');
    expect(detectContent(Buffer.from('GIF87a\x01\x00\x01\x00', 'latin1'))).toBe('gif');
    expect(detectContent(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'))).toBe('pdf');
  });

  it('tells an Excel workbook from a Word document and from any other ZIP', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Teenused').addRow(['Õie Tänav', 12.5]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());

    expect(detectContent(xlsx)).toBe('xlsx');
    expect(
      detectContent(zipWith(['[Content_Types].xml', '_rels/.rels', 'word/document.xml'])),
    ).toBe('docx');
    expect(detectContent(zipWith(['photos/1.jpg', 'photos/2.jpg']))).toBe('zip');
    // Named like a workbook part but without the content-types part: not Office Open XML.
    expect(detectContent(zipWith(['xl/workbook.xml']))).toBe('zip');
  });

  it('recognises SVG behind an XML declaration, comments and a DOCTYPE', () => {
    const svg = [
      '\ufeff<?xml version="1.0" encoding="UTF-8"?>',
      '<!-- Generator: Adobe Illustrator 27.0 -->',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
    ].join('\n');
    expect(detectContent(Buffer.from(svg, 'utf8'))).toBe('svg');
  });

  it('treats UTF-8 text with Estonian and Russian letters as text, with or without a BOM', () => {
    const csv = 'Nimi;Summa\r\nÕie Tänav;12,50\r\nŠokolaadi Žürii;3,00\r\nАнна Иванова;1,00\r\n';
    expect(detectContent(Buffer.from(csv, 'utf8'))).toBe('text');
    expect(
      detectContent(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')])),
    ).toBe('text');
  });

  it('does not take text in a legacy encoding, binary data or an empty file for anything', () => {
    // "Õie Tänav" in Windows-1257: Õ = 0xD5, ä = 0xE4 are not valid UTF-8 on their own.
    expect(detectContent(Buffer.from([0xd5, 0x69, 0x65, 0x20, 0x54, 0xe4, 0x6e, 0x61, 0x76]))).toBe(
      'unknown',
    );
    expect(detectContent(Buffer.from([0x00, 0x01, 0x02, 0x03, 0x41, 0x42]))).toBe('unknown');
    expect(detectContent(Buffer.alloc(0))).toBe('unknown');
  });

  it('marks Linux, Windows and macOS programs and scripts with an interpreter line as executables', () => {
    expect(detectContent(bytes('7f 45 4c 46 02 01 01 00'))).toBe('executable');
    expect(detectContent(bytes('4d 5a 90 00 03 00 00 00'))).toBe('executable');
    expect(detectContent(bytes('cf fa ed fe 07 00 00 01'))).toBe('executable');
    expect(detectContent(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toBe('executable');
    expect(detectContent(Buffer.from('\ufeff#!/usr/bin/env python3\n'))).toBe('executable');
  });

  it('marks a page a browser would run as HTML', () => {
    expect(detectContent(Buffer.from('<!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(detectContent(Buffer.from('  <script>alert(1)</script>'))).toBe('html');
  });
});
