import type { LessonBlock } from '../../module-draft';
import { ImageBlockFields } from './ImageBlockFields';
import { KeyFactBlockFields } from './KeyFactBlockFields';
import { ProductCardBlockFields } from './ProductCardBlockFields';
import { RichTextBlockFields } from './RichTextBlockFields';
import { TimelineEventBlockFields } from './TimelineEventBlockFields';
import { VideoBlockFields } from './VideoBlockFields';

export interface BlockFieldsProps {
  block: LessonBlock;
  onChange: (block: LessonBlock) => void;
  path: string;
  savedPath: string | null;
  number: number;
}

/** The fields of a block, by its kind. */
export function BlockFields({ block, ...rest }: BlockFieldsProps) {
  switch (block.kind) {
    case 'RICH_TEXT':
      return <RichTextBlockFields block={block} {...rest} />;
    case 'IMAGE':
      return <ImageBlockFields block={block} {...rest} />;
    case 'VIDEO':
      return <VideoBlockFields block={block} {...rest} />;
    case 'PRODUCT_CARD':
      return <ProductCardBlockFields block={block} {...rest} />;
    case 'TIMELINE_EVENT':
      return <TimelineEventBlockFields block={block} {...rest} />;
    case 'KEY_FACT':
      return <KeyFactBlockFields block={block} {...rest} />;
  }
}
