// Search highlights fold accents; Markdown from the server is shown as text, never as HTML.
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { Highlight } from '@/components/highlight.js';
import { MarkdownView } from '@/components/markdown-view.js';

afterEach(cleanup);

describe('Highlight', () => {
  it('marks words typed without accents inside an accented name', () => {
    const { container } = render(<Highlight text="Thủ tục đăng ký khai sinh" terms={['dang', 'ky', 'khai', 'sinh']} />);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['đăng ký khai sinh']);
    expect(container.textContent).toBe('Thủ tục đăng ký khai sinh');
  });

  it('does not light up a term inside another word', () => {
    const { container } = render(<Highlight text="Dịch vụ công trực tuyến toàn trình" terms={['an']} />);
    expect(container.querySelectorAll('mark')).toHaveLength(0);
  });

  it('marks whole words only: not the start of a longer word', () => {
    const { container } = render(<Highlight text="Chứng thực chữ ký, chứng thực hợp đồng" terms={['chu', 'chung']} />);
    // "chung" → both "chứng", "chu" → "chữ"; never the "chứ" at the start of "chứng".
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Chứng', 'chữ', 'chứng']);
  });

  it('marks the corrected spelling the server returns for a typo', () => {
    // Typed "khia sinh": the server's highlight list carries the corrected word "khai".
    const { container } = render(<Highlight text="Đăng ký khai sinh" terms={['khia', 'khai', 'sinh']} />);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['khai sinh']);
  });
});

describe('MarkdownView', () => {
  it('renders headings, lists, bold and safe links', () => {
    // The page title is the h1, so "##" in the body is an h3.
    render(
      <MarkdownView source={'## Các bước\n\n- Nộp **tờ khai**\n- Xem [Cổng Dịch vụ công](https://dichvucong.gov.vn)\n\n1. Một\n2. Hai'} />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Các bước' })).toBeTruthy();
    expect(screen.getByText('tờ khai').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: /Cổng Dịch vụ công/ }).getAttribute('href')).toBe('https://dichvucong.gov.vn');
    expect(screen.getAllByRole('list')).toHaveLength(2);
  });

  it('links the app’s own screens in place, and refuses protocol-relative addresses', () => {
    render(
      <MemoryRouter>
        <MarkdownView
          source={'Xem thủ tục [đăng ký tạm trú](/procedures/1.004194) hoặc [gửi phản ánh](/feedback/new). [lạ](//evil.example)'}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'đăng ký tạm trú' }).getAttribute('href')).toBe('/procedures/1.004194');
    expect(screen.getByRole('link', { name: 'gửi phản ánh' }).getAttribute('href')).toBe('/feedback/new');
    expect(screen.queryByRole('link', { name: 'lạ' })).toBeNull();
  });

  it('shows raw HTML as text and drops javascript: links', () => {
    const { container } = render(
      <MarkdownView source={'<img src=x onerror="alert(1)"> <script>alert(2)</script>\n\n[bấm vào](javascript:alert(3))'} />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toContain('<script>alert(2)</script>');
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('bấm vào');
  });
});
