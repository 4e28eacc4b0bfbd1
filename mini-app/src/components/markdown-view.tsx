// Renders parsed Markdown as React elements (text is escaped by React; no HTML injection).
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { type Block, type Inline, parseMarkdown } from '@/lib/markdown.js';
import { platform } from '@/lib/platform/platform.js';

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    const key = `${node.kind}-${i}`;
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'strong':
        return <strong key={key}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={key}>{renderInline(node.children)}</em>;
      case 'code':
        return <code key={key}>{node.text}</code>;
      case 'link': {
        // A screen of the app: a router link (hash routing), so it opens in place.
        if (node.href.startsWith('/'))
          return (
            <Link key={key} to={node.href}>
              {renderInline(node.children)}
            </Link>
          );
        const external = /^https?:/i.test(node.href);
        return (
          <a
            key={key}
            href={node.href}
            rel="noopener noreferrer"
            target={external ? '_blank' : undefined}
            onClick={(e) => {
              if (!external) return;
              e.preventDefault();
              void platform().openUrl(node.href);
            }}
          >
            {renderInline(node.children)}
          </a>
        );
      }
      default:
        return null;
    }
  });
}

function renderBlock(block: Block, i: number): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const Tag = `h${block.level}` as 'h2' | 'h3' | 'h4';
      return <Tag key={i}>{renderInline(block.children)}</Tag>;
    }
    case 'paragraph':
      return <p key={i}>{renderInline(block.children)}</p>;
    case 'quote':
      return <blockquote key={i}>{renderInline(block.children)}</blockquote>;
    case 'list': {
      // biome-ignore lint/suspicious/noArrayIndexKey: list items are ordered text without ids
      const items = block.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
      return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
    }
  }
}

export function MarkdownView({ source }: { source: string }) {
  // Blocks are rebuilt from the same text each time; their order is their identity.
  return <div className="markdown">{parseMarkdown(source).map((block, i) => renderBlock(block, i))}</div>;
}
